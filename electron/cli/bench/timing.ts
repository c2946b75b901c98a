import { performance } from 'node:perf_hooks'

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  if (s.length === 0) return Number.NaN
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

export function timeSync<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now()
  const value = fn()
  return { value, ms: performance.now() - t0 }
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ value: Awaited<T>; ms: number }> {
  const t0 = performance.now()
  const value = await fn()
  return { value, ms: performance.now() - t0 }
}

/** One warm-up run, then `runs` timed runs; returns the median and the last value. */
export async function medianOf<T>(runs: number, fn: () => Promise<T>): Promise<{ value: Awaited<T>; ms: number }> {
  let value = await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const r = await timeAsync(fn)
    value = r.value
    times.push(r.ms)
  }
  return { value, ms: median(times) }
}

export const formatMs = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2))
