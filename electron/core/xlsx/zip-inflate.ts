/**
 * Inflates one ZIP entry as a stream with a hard cap on the bytes really produced: the inflater is
 * destroyed as soon as the output passes what the central directory declared (a part that claims
 * 2,000 bytes gets 2,000 and is refused), and every entry draws on one budget for the whole archive.
 * The output never exists in one piece: each chunk goes to `sink` and is dropped.
 */
import { createInflateRaw } from 'node:zlib'
import { compressedBytes, type ZipEntry } from './zip-directory'
import { ZipError } from './zip-error'

const CHUNK = 64 * 1024

/** Bytes the archive may still inflate, across all entries read from it. */
export class InflateBudget {
  constructor(private remaining: number) {}

  /** Reserves an entry's declared size up front: a declaration over budget is refused unread. */
  reserve(entry: ZipEntry): void {
    if (entry.declaredSize > this.remaining) {
      throw new ZipError('too-large', `${entry.name} declares ${entry.declaredSize} bytes`, entry.name)
    }
    this.remaining -= entry.declaredSize
  }
}

export type ChunkSink = (chunk: Uint8Array) => void

/** Feeds the entry's real bytes to `sink`, never more than it declares; stored and deflated entries only. */
export async function inflateEntry(data: Uint8Array, entry: ZipEntry, budget: InflateBudget, sink: ChunkSink): Promise<void> {
  if (entry.encrypted) throw new ZipError('encrypted', entry.name, entry.name)
  budget.reserve(entry)
  const input = compressedBytes(data, entry)
  if (entry.method === 0) return feedStored(input, entry, sink)
  if (entry.method !== 8) throw new ZipError('unsupported-method', `${entry.name} uses method ${entry.method}`, entry.name)
  const inflater = createInflateRaw({ chunkSize: CHUNK })
  let produced = 0
  try {
    inflater.end(input)
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      produced += chunk.length
      if (produced > entry.declaredSize) {
        throw new ZipError('over-declared', `${entry.name} inflates past its declared ${entry.declaredSize} bytes`, entry.name)
      }
      sink(chunk)
    }
  } catch (e) {
    if (e instanceof ZipError) throw e
    // zlib's own errors (bad data, unexpected end) and whatever `sink` threw that is not ours
    if (isZlibError(e)) throw new ZipError('corrupt', `${entry.name}: ${(e as Error).message}`, entry.name)
    throw e
  } finally {
    inflater.destroy()
  }
  if (produced !== entry.declaredSize) throw new ZipError('corrupt', `${entry.name} is shorter than declared`, entry.name)
}

function feedStored(input: Uint8Array, entry: ZipEntry, sink: ChunkSink): void {
  if (input.length !== entry.declaredSize) throw new ZipError('corrupt', `stored ${entry.name} has the wrong size`, entry.name)
  for (let at = 0; at < input.length; at += CHUNK) sink(input.subarray(at, Math.min(at + CHUNK, input.length)))
}

function isZlibError(e: unknown): boolean {
  const code = e instanceof Error ? (e as Error & { code?: unknown }).code : undefined
  return typeof code === 'string' && code.startsWith('Z_')
}
