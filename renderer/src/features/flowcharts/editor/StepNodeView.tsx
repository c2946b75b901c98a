/** One step on the canvas: the same shapes and sizes as the exported image (terminal, step, decision). */
import { nodeSizeOf, shapeOf } from '@shared/domain/flowchart.geometry'
import { NODE_KIND_LABELS } from '@shared/domain/flowchart.schema'
import { Handle, type NodeProps, Position } from '@xyflow/react'
import { memo, useContext } from 'react'
import { EditorDisplayContext } from './editor-context'
import type { StepNode } from './graph-convert'

const LEVEL_COLORS = { A: '#cf1322', B: '#faad14', C: '#1677ff' } as const

function Shape({ shape, width, height, problem, selected }: { shape: string; width: number; height: number; problem: boolean; selected: boolean }) {
  const stroke = problem ? '#cf1322' : shape === 'decision' ? '#d48806' : '#1677ff'
  const strokeWidth = selected ? 3 : 1.5
  const fill = shape === 'terminal' ? '#e6f4ff' : shape === 'decision' ? '#fffbe6' : '#ffffff'
  const i = 18
  return (
    <svg className="fc-node-shape" width={width} height={height} aria-hidden>
      {shape === 'decision' ? (
        <polygon
          points={`${i},1 ${width - i},1 ${width - 1},${height / 2} ${width - i},${height - 1} ${i},${height - 1} 1,${height / 2}`}
          fill={fill}
          stroke={stroke}
          strokeWidth={strokeWidth}
        />
      ) : (
        <rect x={1} y={1} width={width - 2} height={height - 2} rx={shape === 'terminal' ? height / 2 : 4} fill={fill} stroke={stroke} strokeWidth={strokeWidth} />
      )}
    </svg>
  )
}

function StepNodeViewImpl({ id, data, selected }: NodeProps<StepNode>) {
  const display = useContext(EditorDisplayContext)
  const { width, height } = nodeSizeOf(data.kind)
  const shape = shapeOf(data.kind)
  const post = data.postId === null ? '' : (display.postNames.get(data.postId) ?? '')
  const detail = [post, data.days === null ? '' : `${data.days}个工作日`].filter(Boolean).join(' · ')
  const risk = display.riskBadges[id]
  return (
    <div
      className="fc-node"
      style={{ width, height }}
      data-testid="fc-node"
      data-kind={data.kind}
      title={`${NODE_KIND_LABELS[data.kind]}：${data.label}`}
    >
      <Shape shape={shape} width={width} height={height} problem={display.problemNodeIds.has(id)} selected={!!selected} />
      <div className="fc-node-text">
        <div className="fc-node-label">{data.label}</div>
        {shape !== 'terminal' && detail && <div className="fc-node-detail">{detail}</div>}
      </div>
      {risk && risk.count > 0 && (
        <span className="fc-node-risk" style={{ background: LEVEL_COLORS[risk.level] }} aria-label={`风险点${risk.count}个，最高${risk.level}级`}>
          {risk.count}
        </span>
      )}
      {data.kind !== 'start' && <Handle type="target" position={Position.Top} />}
      {data.kind !== 'end' && <Handle type="source" position={Position.Bottom} />}
    </div>
  )
}

export const StepNodeView = memo(StepNodeViewImpl)
