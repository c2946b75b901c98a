/// <reference lib="webworker" />
/** Auto-layout off the UI thread: the page never freezes while elkjs works. */
import { layoutFlowchart, type LayoutInput } from '@shared/domain/flowchart.layout'

interface LayoutRequest {
  seq: number
  input: LayoutInput
}

// assigned after the imports ran, so this handler is the worker's only one
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { seq, input } = event.data
  layoutFlowchart(input).then(
    (positions) => self.postMessage({ seq, ok: true, positions }),
    (e: unknown) => self.postMessage({ seq, ok: false, message: String(e) }),
  )
}
