import { z } from 'zod'

/** The org rows a delete can be asked for. */
export const ORG_ENTITIES = ['department', 'post', 'person'] as const
export type OrgEntity = (typeof ORG_ENTITIES)[number]

/** An in-app address (hash route) where the user can see and change what refers to a row. */
const route = z.string().regex(/^\/[\w/-]*(\?[\w=&%.+-]*)?$/)

/** One thing that still refers to a row, e.g. “2个岗位” → 岗位 tab filtered to that department. */
export const orgReferenceSchema = z.object({
  text: z.string(),
  to: route.nullable(),
  /** named items (a few powers, a held post) each with its own link */
  items: z.array(z.object({ label: z.string(), to: route })).default([]),
  /** how many more the items leave out */
  more: z.number().int().min(0).default(0),
})
export type OrgReference = z.infer<typeof orgReferenceSchema>

export const orgReferencesInputSchema = z.object({ entity: z.enum(ORG_ENTITIES), id: z.number().int().positive() })
export const orgReferencesSchema = z.object({ name: z.string(), references: z.array(orgReferenceSchema) })
export type OrgReferences = z.infer<typeof orgReferencesSchema>

export const orgMoveInputSchema = z.object({ id: z.number().int().positive(), direction: z.enum(['up', 'down']) })
export const orgMoveResultSchema = z.object({ moved: z.boolean() })
