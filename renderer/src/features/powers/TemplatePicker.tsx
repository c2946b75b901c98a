import type { TemplateLibrary, TemplateSummary } from '@shared/domain/template.schema'
import { templateApplyInputSchema } from '@shared/domain/template.schema'
import { Alert, App, Button, Form, Input, Modal, Select, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd'
import { nextFreeCode } from '@shared/domain/power-code'
import { useEffect, useMemo, useState } from 'react'
import { selectionLabels } from '../../lib/a11y'
import { api } from '../../lib/api'
import { zodRule } from '../../lib/form-rules'
import { POWERS } from './powers.strings'

const S = POWERS.template
type TemplatePower = TemplateLibrary['powers'][number] & { index: number }

/**
 * The library offered first: the one for this unit — named in the unit's name (“…交通运输局”), else
 * one for its unit type — even when all its powers are in the inventory already (the picker says so).
 */
export function suggestedKey(list: TemplateSummary[], unit: { name: string; unitType: string } | null): string | undefined {
  if (unit) {
    const byName = list.find((t) => t.title.split(/[/／]/).some((part) => part.length >= 2 && unit.name.includes(part)))
    if (byName) return byName.key
    const byType = list.find((t) => t.unitTypes.includes(unit.unitType))
    if (byType) return byType.key
  }
  return list[0]?.key
}

const excerpt = (s: string) => <span className="cell-clamp" title={s}>{s}</span>

const columnsFor = (existing: Set<string>): TableColumnsType<TemplatePower> => [
  {
    title: S.name,
    dataIndex: 'name',
    width: 220,
    render: (v: string) => (
      <>
        <span className="template-power-name">{v}</span>
        {existing.has(v) && <Tag className="template-existing">{S.existing}</Tag>}
      </>
    ),
  },
  { title: S.type, dataIndex: 'type', width: 100 },
  { title: S.basis, dataIndex: 'basis', render: excerpt },
  { title: S.duties, dataIndex: 'duties', render: excerpt },
]

interface Props {
  open: boolean
  onClose(added: boolean): void
}

/** 从模板添加: pick a unit-type library, tick the typical powers, give a code prefix, add them as 待确权. */
export function TemplatePicker({ open, onClose }: Props) {
  const { message } = App.useApp()
  const [form] = Form.useForm<{ firstCode?: string }>()
  const [summaries, setSummaries] = useState<{ list: TemplateSummary[]; suggested?: string; existing: Set<string>; nextCode: string } | null>(
    null,
  )
  const [chosen, setChosen] = useState<string | undefined>()
  const [library, setLibrary] = useState<{ key: string; lib: TemplateLibrary | null; error: string | null } | null>(null)
  const [selection, setSelection] = useState<{ key: string; indexes: number[] }>({ key: '', indexes: [] })
  const [error, setError] = useState<string | null>(null)
  const [adding, setAdding] = useState(false)

  useEffect(() => {
    if (!open) return
    let live = true
    // the core skips a typical power whose name the inventory already has; show those as taken
    void Promise.all([api.invoke('template:list'), api.invoke('unit:get'), api.invoke('power:list', {})]).then(([t, u, p]) => {
      if (!live) return
      if (!t.ok) return setError(t.message)
      const rows = p.ok ? p.value.rows : []
      const existing = new Set(rows.map((r) => r.name))
      // the next free code in the unit's own scheme, judged by its 主项 codes (子项 codes extend those)
      const nextCode = nextFreeCode(rows.filter((r) => r.parentId === null).map((r) => r.code))
      form.setFieldsValue({ firstCode: nextCode })
      setSummaries({ list: t.value, suggested: suggestedKey(t.value, u.ok ? u.value : null), existing, nextCode })
    })
    return () => {
      live = false
    }
  }, [open, form])

  const key = chosen ?? summaries?.suggested
  useEffect(() => {
    if (!open || !key) return
    let live = true
    void api.invoke('template:get', { key }).then((r) => {
      if (live) setLibrary({ key, lib: r.ok ? r.value : null, error: r.ok ? null : r.message })
    })
    return () => {
      live = false
    }
  }, [open, key])

  const lib = library && library.key === key ? library.lib : null
  const rows = useMemo<TemplatePower[]>(() => (lib ? lib.powers.map((p, index) => ({ ...p, index })) : []), [lib])
  const selected = selection.key === key ? selection.indexes : []
  const summary = summaries?.list.find((t) => t.key === key)
  const existing = useMemo(() => summaries?.existing ?? new Set<string>(), [summaries])
  const columns = useMemo(() => columnsFor(existing), [existing])
  const available = rows.filter((r) => !existing.has(r.name)).length

  const close = (added: boolean) => {
    setChosen(undefined)
    setSelection({ key: '', indexes: [] })
    onClose(added)
  }

  const add = async () => {
    if (adding || !key) return
    let firstCode: string
    try {
      firstCode = (await form.validateFields()).firstCode ?? ''
    } catch {
      return
    }
    setAdding(true)
    try {
      const r = await api.invoke('template:apply', { key, indexes: [...selected].sort((a, b) => a - b), firstCode })
      if (!r.ok) {
        if (r.field === 'firstCode') form.setFields([{ name: 'firstCode', errors: [r.message] }])
        else void message.error(r.message)
        return
      }
      void message.success(S.done(r.value.count))
      close(true)
    } finally {
      setAdding(false)
    }
  }

  const addButton = (
    <Button type="primary" loading={adding} disabled={selected.length === 0} onClick={() => void add()}>
      {S.add}
    </Button>
  )

  return (
    <Modal
      open={open}
      title={S.title}
      width="min(1180px, calc(100vw - 48px))"
      onCancel={() => close(false)}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        <div className="modal-footer-split">
          <span className="cell-muted" data-testid="template-selected">{S.selectedCount(selected.length, available)}</span>
          <Space>
            <Button onClick={() => close(false)}>{POWERS.common.cancel}</Button>
            {selected.length === 0 ? <Tooltip title={S.noneSelected}>{addButton}</Tooltip> : addButton}
          </Space>
        </div>
      }
    >
      <div data-testid="template-picker">
        <Alert type="info" showIcon title={S.intro} style={{ marginBottom: 12 }} />
        {(error ?? library?.error) && <Alert type="error" showIcon title={error ?? library?.error} style={{ marginBottom: 12 }} />}
        <Form form={form} name="template" layout="inline" className="template-form">
          <Form.Item label={S.library} style={{ minWidth: 380 }}>
            <Select
              aria-label={S.library}
              placeholder={S.libraryPh}
              value={key}
              loading={!summaries && !error}
              onChange={(v: string) => setChosen(v)}
              options={(summaries?.list ?? []).map((t) => ({
                value: t.key,
                label: S.libraryOption(t.title, t.count, t.key === summaries?.suggested),
              }))}
            />
          </Form.Item>
          <Form.Item
            label={S.firstCode}
            name="firstCode"
            tooltip={S.firstCodeHelp(summaries?.nextCode ?? '')}
            rules={[zodRule(templateApplyInputSchema.shape.firstCode, '')]}
          >
            <Input maxLength={40} style={{ width: 190 }} className="mono-input" />
          </Form.Item>
        </Form>
        {summary && <div className="template-description">{summary.description}</div>}
        {lib && rows.length > 0 && available === 0 && (
          <Alert type="success" showIcon title={S.allPresent(summary?.title ?? '')} style={{ marginBottom: 12 }} data-testid="template-all-present" />
        )}
        <Table<TemplatePower>
          rowKey="index"
          size="small"
          tableLayout="fixed"
          columns={columns}
          dataSource={rows}
          loading={!lib && !library?.error && !error}
          pagination={false}
          scroll={{ y: 'calc(100vh - 440px)' }}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelection({ key: key ?? '', indexes: keys.map(Number) }),
            columnWidth: 44,
            getTitleCheckboxProps: selectionLabels<TemplatePower>((r) => r.name).getTitleCheckboxProps,
            getCheckboxProps: (r) => ({ ...selectionLabels<TemplatePower>((p) => p.name).getCheckboxProps(r), disabled: existing.has(r.name) }),
          }}
          onRow={(r) => ({
            onClick: (e) => {
              if (existing.has(r.name) || (e.target as HTMLElement).closest('.ant-table-selection-column')) return
              const has = selected.includes(r.index)
              setSelection({ key: key ?? '', indexes: has ? selected.filter((i) => i !== r.index) : [...selected, r.index] })
            },
          })}
          rowClassName={(r) => (existing.has(r.name) ? 'template-row template-row-existing' : 'template-row')}
        />
      </div>
    </Modal>
  )
}
