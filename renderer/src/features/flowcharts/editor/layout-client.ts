/** Talks to layout.worker.ts: one worker per editor, created on first use. */
import type { LayoutInput, LayoutPositions } from '@shared/domain/flowchart.layout'

type Answer = { seq: number; ok: true; positions: LayoutPositions } | { seq: number; ok: false; message: string }

export class LayoutClient {
  private worker: Worker | null = null
  private seq = 0
  private pending = new Map<number, { resolve(p: LayoutPositions): void; reject(e: Error): void }>()

  private start(): Worker {
    const w = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' })
    w.onmessage = (e: MessageEvent<Answer>) => {
      const p = this.pending.get(e.data.seq)
      this.pending.delete(e.data.seq)
      if (!p) return
      if (e.data.ok) p.resolve(e.data.positions)
      else p.reject(new Error(e.data.message))
    }
    w.onerror = () => {
      for (const p of this.pending.values()) p.reject(new Error('layout worker failed'))
      this.pending.clear()
    }
    return w
  }

  layout(input: LayoutInput): Promise<LayoutPositions> {
    this.worker ??= this.start()
    const seq = ++this.seq
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject })
      this.worker?.postMessage({ seq, input })
    })
  }

  dispose(): void {
    this.worker?.terminate()
    this.worker = null
    this.pending.clear()
  }
}
