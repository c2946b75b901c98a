import type { JobStatus } from '../../shared/contract/job.contract'

/**
 * Follows a job on stderr in Chinese (stdout stays for results and --json): on a terminal one line
 * rewritten in place, otherwise one line per phase.
 */
export function stderrProgress(title: string, stream: NodeJS.WriteStream = process.stderr): { onProgress: (s: JobStatus) => void; end: () => void } {
  let lastPhase = ''
  let lastLine = ''
  const tty = stream.isTTY === true
  return {
    onProgress(s) {
      const line = `${title}：${s.phase}（${Math.round(s.progress * 100)}%）`
      if (tty) {
        if (line !== lastLine) stream.write(`\r\x1b[2K${line}`)
      } else if (s.phase !== lastPhase) {
        stream.write(`${line}\n`)
      }
      lastLine = line
      lastPhase = s.phase
    },
    end() {
      if (tty && lastLine) stream.write('\r\x1b[2K')
    },
  }
}
