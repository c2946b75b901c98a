import type { Result } from '@shared/result'

declare global {
  interface Window {
    /** Exposed by the sandboxed Electron preload; absent in browser mode (see lib/api.ts). */
    api?: {
      invoke(channel: string, input: unknown): Promise<Result<unknown>>
    }
  }
}

export {}
