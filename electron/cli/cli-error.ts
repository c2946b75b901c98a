/** Exit codes of the command line: 0 done, 1 refused or failed, 2 wrong usage. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const

/** A failure whose Chinese message is meant for the person at the terminal (no stack trace). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message)
    this.name = 'CliError'
  }
}
