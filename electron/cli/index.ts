/**
 * The command line: `npm run cli -- <command>` (= `tsx electron/cli/index.ts <command>`).
 * Commands live in ./commands, one per file; `help` lists them.
 */
import { runCli } from './cli.runner'

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
