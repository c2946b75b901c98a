import { z } from 'zod'

/** Pieces every contract slice shares. */
export const none = z.undefined().or(z.null()).or(z.object({}).strict()).optional()
export const idField = { id: z.number().int().positive() }
export const countSchema = z.object({ count: z.number().int() })
/** A generated document handed to the renderer, which saves it where the user chooses. */
export const fileSchema = z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() })

/** What one channel declares: a zod input and a zod output. */
export type ChannelSpec = { input: z.ZodType; output: z.ZodType }
