import type { Channel, ChannelOutput, ChannelParsedInput } from '../../shared/contract'
import type { CoreContext } from './context'

export type Handler<C extends Channel> = (
  input: ChannelParsedInput<C>,
  ctx: CoreContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>

export type HandlerMap = { [C in Channel]: Handler<C> }
