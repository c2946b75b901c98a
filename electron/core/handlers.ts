import { flowchartHandlers } from './flowchart/flowchart.handlers'
import type { HandlerMap } from './handler-types'
import { jobHandlers } from './jobs/job.handlers'
import { orgHandlers } from './org/org.handlers'
import { powerHandlers } from './power/power.handlers'

/** The whole implementation of shared/contract.ts: each feature contributes its own handlers. */
export const handlers: HandlerMap = {
  'app:info': (_input, ctx) => ({
    name: '阳光权力自查台',
    version: ctx.appVersion,
    schemaVersion: ctx.ws.schemaVersion,
    dataDir: ctx.ws.dataDir,
    mode: ctx.mode,
  }),
  ...orgHandlers,
  ...powerHandlers,
  ...flowchartHandlers,
  ...jobHandlers,
}
