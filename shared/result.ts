/** What crosses every process boundary: never a thrown error, always a Result with a Chinese message. */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'IN_USE',
  'UNKNOWN_CHANNEL',
  'UNAUTHORIZED',
  'SCHEMA_TOO_NEW',
  'INTERNAL',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export type Ok<T> = { ok: true; value: T }
export type Err = { ok: false; code: ErrorCode; message: string; field?: string }
export type Result<T> = Ok<T> | Err

/** Thrown inside core handlers; the dispatcher turns it into an Err. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message)
    this.name = 'AppError'
  }
}
