/**
 * Runs long work as a core job (shared/contract/job.contract.ts): start, poll `job:status` until it
 * finishes, cancel on request. Polling works the same over Electron IPC and the browser host.
 */
import type { JobInput, JobKind, JobOutput, JobStatus } from '@shared/contract/job.contract'
import { useCallback, useEffect, useRef, useState } from 'react'
import { api } from './api'

const POLL_MS = 200

export type JobOutcome<K extends JobKind> =
  | { state: 'succeeded'; value: JobOutput<K> }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export function useJob() {
  const [status, setStatus] = useState<JobStatus | null>(null)
  const current = useRef<string | null>(null)
  const mounted = useRef(true)

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
      // leaving the page cancels what it started: nobody would receive the result
      if (current.current) void api.invoke('job:cancel', { jobId: current.current })
    }
  }, [])

  const run = useCallback(async <K extends JobKind>(kind: K, input: JobInput<K>): Promise<JobOutcome<K>> => {
    const started = await api.invoke('job:start', { kind, input } as { kind: JobKind; input: never })
    if (!started.ok) return { state: 'failed', message: started.message }
    const { jobId } = started.value
    current.current = jobId
    try {
      for (;;) {
        const r = await api.invoke('job:status', { jobId })
        if (!r.ok) return { state: 'failed', message: r.message }
        if (mounted.current) setStatus(r.value)
        if (r.value.state === 'succeeded') return { state: 'succeeded', value: r.value.result as JobOutput<K> }
        if (r.value.state === 'cancelled') return { state: 'cancelled' }
        if (r.value.state === 'failed') return { state: 'failed', message: r.value.error?.message ?? r.value.phase }
        await sleep(POLL_MS)
      }
    } finally {
      current.current = null
      if (mounted.current) setStatus(null)
    }
  }, [])

  const cancel = useCallback(async () => {
    const jobId = current.current
    if (!jobId) return
    const r = await api.invoke('job:cancel', { jobId })
    if (r.ok && mounted.current && r.value.state !== 'cancelled') setStatus(r.value)
  }, [])

  return { status, running: status !== null, run, cancel }
}
