/** One command of the command line; each lives in its own file under commands/. */
export interface CliCommand {
  name: string
  /** One line of Chinese for the help listing. */
  summary: string
  /** The usage line, e.g. `demo --data-dir 目录 [--force]`. */
  usage: string
  /** Longer Chinese help printed by `help <command>` and `<command> --help`. */
  details: string
  /** Throws CliError (or any error) to fail; resolving means exit code 0. */
  run(args: string[]): Promise<void>
}
