/** Why an archive was refused; the caller turns the kind into a sentence for people. */
export type ZipProblem =
  | 'corrupt'
  | 'too-many-entries'
  | 'too-large'
  | 'over-declared'
  | 'encrypted'
  | 'unsupported-method'

export class ZipError extends Error {
  constructor(
    readonly kind: ZipProblem,
    detail: string,
    /** The entry concerned, when there is one. */
    readonly entryName?: string,
  ) {
    super(`${kind}: ${detail}`)
    this.name = 'ZipError'
  }
}
