import type { Workspace } from './db/client'

/** What every handler receives besides its parsed input. */
export interface CoreContext {
  readonly ws: Workspace
  readonly actor: string
  readonly mode: 'electron' | 'browser' | 'cli'
  readonly appVersion: string
}
