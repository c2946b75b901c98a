import { NODE_KIND_LABELS, NODE_KINDS, type NodeKind } from '@shared/domain/flowchart.schema'
import { Button, Dropdown, Space, Tag, Tooltip } from 'antd'
import { FC } from '../flowcharts.strings'
import type { SaveState } from './use-autosave'

const E = FC.editor

export function SaveIndicator({ state, onRetry, onReload }: { state: SaveState; onRetry(): void; onReload(): void }) {
  if (state.kind === 'error') {
    return (
      <Space data-testid="fc-save-state">
        <Tag color="error">{E.saveFailed(state.message)}</Tag>
        {state.conflict ? <Button size="small" onClick={onReload}>{E.reload}</Button> : <Button size="small" onClick={onRetry}>{E.retry}</Button>}
      </Space>
    )
  }
  const text = state.kind === 'saved' ? E.saved : state.kind === 'saving' ? E.saving : E.unsaved
  return (
    <Tag color={state.kind === 'saved' ? 'success' : 'processing'} data-testid="fc-save-state">
      {text}
    </Tag>
  )
}

interface ToolbarProps {
  canUndo: boolean
  canRedo: boolean
  hasNodes: boolean
  layingOut: boolean
  onUndo(): void
  onRedo(): void
  onLayout(): void
  onFit(): void
  onTemplate(): void
  onCopy(): void
  onExport(format: 'png' | 'svg'): void
}

export function EditorToolbar(p: ToolbarProps) {
  return (
    <Space wrap>
      <Tooltip title="Ctrl+Z">
        <Button onClick={p.onUndo} disabled={!p.canUndo}>{E.undo}</Button>
      </Tooltip>
      <Tooltip title="Ctrl+Y">
        <Button onClick={p.onRedo} disabled={!p.canRedo}>{E.redo}</Button>
      </Tooltip>
      <Button onClick={p.onLayout} loading={p.layingOut} disabled={!p.hasNodes}>{E.layout}</Button>
      <Button onClick={p.onFit}>{E.fit}</Button>
      <Button onClick={p.onTemplate}>{E.template}</Button>
      <Button onClick={p.onCopy}>{E.copy}</Button>
      <Dropdown
        disabled={!p.hasNodes}
        menu={{
          items: [
            { key: 'png', label: E.exportPng },
            { key: 'svg', label: E.exportSvg },
          ],
          onClick: ({ key }) => p.onExport(key === 'svg' ? 'svg' : 'png'),
        }}
      >
        <Button disabled={!p.hasNodes}>{E.exportPng.replace(' PNG', '')}…</Button>
      </Dropdown>
    </Space>
  )
}

export function Palette({ onAdd }: { onAdd(kind: NodeKind): void }) {
  return (
    <div className="fc-palette" data-testid="fc-palette">
      <div className="fc-panel-title">{E.palette}</div>
      <div className="fc-palette-grid">
        {NODE_KINDS.map((k) => (
          <Button key={k} size="small" onClick={() => onAdd(k)}>
            {NODE_KIND_LABELS[k]}
          </Button>
        ))}
      </div>
      <div className="fc-hint">{E.paletteHint}</div>
    </div>
  )
}
