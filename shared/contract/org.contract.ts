import { z } from 'zod'
import {
  assignmentInputSchema,
  departmentInputSchema,
  departmentSchema,
  idInputSchema,
  listQuerySchema,
  personInputSchema,
  personListQuerySchema,
  personSchema,
  postInputSchema,
  postListQuerySchema,
  postSchema,
  unitInputSchema,
  unitSchema,
} from '../domain/org.schema'
import { orgMoveInputSchema, orgMoveResultSchema, orgReferencesInputSchema, orgReferencesSchema } from '../domain/org-refs.schema'
import { type ChannelSpec, idField, none } from './common'

/** 单位与人员: the unit profile, departments, posts, persons and A/B岗. */
export const orgContract = {
  'unit:get': { input: none, output: unitSchema.nullable() },
  'unit:save': { input: unitInputSchema, output: unitSchema },

  'department:list': { input: listQuerySchema.optional(), output: z.array(departmentSchema) },
  'department:create': { input: departmentInputSchema, output: departmentSchema },
  'department:update': { input: departmentInputSchema.extend(idField), output: departmentSchema },
  'department:delete': { input: idInputSchema, output: idInputSchema },
  'department:move': { input: orgMoveInputSchema, output: orgMoveResultSchema },

  'post:list': { input: postListQuerySchema.optional(), output: z.array(postSchema) },
  'post:create': { input: postInputSchema, output: postSchema },
  'post:update': { input: postInputSchema.extend(idField), output: postSchema },
  'post:delete': { input: idInputSchema, output: idInputSchema },
  'post:move': { input: orgMoveInputSchema, output: orgMoveResultSchema },
  'post:assign': { input: assignmentInputSchema, output: postSchema },

  'person:list': { input: personListQuerySchema.optional(), output: z.array(personSchema) },
  'person:create': { input: personInputSchema, output: personSchema },
  'person:update': { input: personInputSchema.extend(idField), output: personSchema },
  'person:delete': { input: idInputSchema, output: idInputSchema },
  'person:move': { input: orgMoveInputSchema, output: orgMoveResultSchema },

  /** What still refers to a row: asked before 删除 is offered, so a refusal never follows a confirmation. */
  'org:references': { input: orgReferencesInputSchema, output: orgReferencesSchema },
} as const satisfies Record<string, ChannelSpec>
