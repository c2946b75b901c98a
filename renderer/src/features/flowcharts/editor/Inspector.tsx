/** The side form for the selected step or connection. Every change applies at once (and autosaves). */
import { EDGE_LABEL_SUGGESTIONS, isDecisionKind, NODE_KIND_LABELS, NODE_KINDS } from '@shared/domain/flowchart.schema'
import { AutoComplete, Form, Input, InputNumber, Select, Typography } from 'antd'
import { FC } from '../flowcharts.strings'
import type { StepData, StepEdge, StepNode } from './graph-convert'

const E = FC.editor

export interface PostOption {
  value: number
  label: string
}

interface Props {
  node: StepNode | null
  edge: StepEdge | null
  posts: readonly PostOption[]
  onNode(id: string, patch: Partial<StepData>): void
  onEdge(id: string, label: string): void
}

function NodeForm({ node, posts, onNode }: { node: StepNode; posts: readonly PostOption[]; onNode: Props['onNode'] }) {
  const d = node.data
  const set = (patch: Partial<StepData>) => onNode(node.id, patch)
  const needsPost = isDecisionKind(d.kind) && d.postId === null
  return (
    <Form layout="vertical" size="small" data-testid="fc-inspector-node">
      <Typography.Title level={5}>{E.nodeTitle}</Typography.Title>
      <Form.Item label={E.kind}>
        <Select aria-label={E.kind} value={d.kind} options={NODE_KINDS.map((k) => ({ value: k, label: NODE_KIND_LABELS[k] }))} onChange={(kind) => set({ kind })} />
      </Form.Item>
      <Form.Item label={E.label}>
        <Input aria-label={E.label} value={d.label} maxLength={40} onChange={(e) => set({ label: e.target.value })} />
      </Form.Item>
      {d.kind !== 'start' && d.kind !== 'end' && (
        <>
          <Form.Item label={E.post} validateStatus={needsPost ? 'error' : undefined} help={isDecisionKind(d.kind) ? E.decisionHint : undefined}>
            <Select
              aria-label={E.post}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={E.postPlaceholder}
              value={d.postId ?? undefined}
              options={[...posts]}
              onChange={(postId?: number) => set({ postId: postId ?? null })}
            />
          </Form.Item>
          <Form.Item label={E.days}>
            <InputNumber
              aria-label={E.days}
              min={0}
              max={365}
              precision={0}
              value={d.days}
              onChange={(days) => set({ days: typeof days === 'number' ? days : null })}
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item label={E.requirement}>
            <Input.TextArea aria-label={E.requirement} value={d.requirement} maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} onChange={(e) => set({ requirement: e.target.value })} />
          </Form.Item>
          <Form.Item label={E.supervision}>
            <Input.TextArea
              aria-label={E.supervision}
              value={d.supervision}
              maxLength={500}
              placeholder={E.supervisionPlaceholder}
              autoSize={{ minRows: 2, maxRows: 5 }}
              onChange={(e) => set({ supervision: e.target.value })}
            />
          </Form.Item>
        </>
      )}
    </Form>
  )
}

export function Inspector({ node, edge, posts, onNode, onEdge }: Props) {
  if (node) return <NodeForm key={node.id} node={node} posts={posts} onNode={onNode} />
  if (edge) {
    return (
      <Form layout="vertical" size="small" data-testid="fc-inspector-edge">
        <Typography.Title level={5}>{E.edgeTitle}</Typography.Title>
        <Form.Item label={E.edgeLabel}>
          <AutoComplete
            aria-label={E.edgeLabel}
            value={edge.data?.label ?? ''}
            placeholder={E.edgeLabelPlaceholder}
            options={EDGE_LABEL_SUGGESTIONS.map((v) => ({ value: v }))}
            onChange={(v: string) => onEdge(edge.id, v.slice(0, 20))}
          />
        </Form.Item>
      </Form>
    )
  }
  return <Typography.Text type="secondary">{E.inspectorEmpty}</Typography.Text>
}
