/**
 * The one client↔core contract. Every channel is `domain:verb` with a zod input and output schema;
 * Electron IPC and the browser host both dispatch through it (see electron/core/dispatch.ts).
 * Each feature declares its channels in its own slice under shared/contract/; this file only merges them.
 */
import type { z } from 'zod'
import { appContract } from './contract/app.contract'
import type { ChannelSpec } from './contract/common'
import { flowchartContract } from './contract/flowchart.contract'
import { jobContract } from './contract/job.contract'
import { orgContract } from './contract/org.contract'
import { powerContract } from './contract/power.contract'

export { appInfoSchema, dashboardStatsSchema, type DashboardStats } from './contract/app.contract'

export const contract = {
  ...appContract,
  ...orgContract,
  ...powerContract,
  ...flowchartContract,
  ...jobContract,
} as const satisfies Record<string, ChannelSpec>

export type Contract = typeof contract
export type Channel = keyof Contract
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>

export const CHANNELS = Object.keys(contract) as Channel[]
export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value)
}
