import type { HandlerMap } from '../handler-types'
import { applyFlowTemplate, copyFlowchart } from './flowchart-build.service'
import { exportFlowchartImage } from './flowchart-export.service'
import { createFlowTemplate, deleteFlowTemplate, listFlowTemplates, updateFlowTemplate } from './flowchart-template.repo'
import { getFlowchart, listFlowcharts, saveFlowchart } from './flowchart.repo'

/** 二·查点 (1): 权力运行流程图, templates and images. */
export const flowchartHandlers = {
  'flowchart:list': (_i, { ws }) => listFlowcharts(ws.db),
  'flowchart:get': ({ powerId }, { ws }) => getFlowchart(ws.db, powerId),
  'flowchart:save': (v, { ws, actor }) => saveFlowchart(ws.db, v, actor),
  'flowchart:applyTemplate': (v, { ws, actor }) => applyFlowTemplate(ws.db, v, actor),
  'flowchart:copyFrom': (v, { ws, actor }) => copyFlowchart(ws.db, v, actor),
  'flowchart:export': ({ powerId, format }, { ws }) => {
    const image = exportFlowchartImage(ws.db, powerId, format)
    return { fileName: image.fileName, mimeType: image.mimeType, dataBase64: image.data.toString('base64') }
  },

  'flowchartTemplate:list': (_i, { ws }) => listFlowTemplates(ws.db),
  'flowchartTemplate:create': (v, { ws, actor }) => createFlowTemplate(ws.db, v, actor),
  'flowchartTemplate:update': ({ id, ...v }, { ws, actor }) => updateFlowTemplate(ws.db, id, v, actor),
  'flowchartTemplate:delete': ({ id }, { ws, actor }) => (deleteFlowTemplate(ws.db, id, actor), { id }),
} satisfies Partial<HandlerMap>
