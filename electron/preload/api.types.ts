/**
 * What the preload exposes as `window.api` in Electron. The renderer's client (renderer/src/lib/api.ts)
 * uses the same shape; the browser host offers the same calls over HTTP.
 */
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract'
import type { Result } from '../../shared/result'

export interface SunlightApi {
  /** Calls one contract channel; never throws, always resolves to a Result with a Chinese message. */
  invoke<C extends Channel>(channel: C, input?: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>
}
