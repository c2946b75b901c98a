/** 二·查点 (1): every power that needs a chart, with its chart state, filters and counts. */
import type { ChartState, FlowchartRow } from '@shared/domain/flowchart.schema'
import { CHART_STATE_LABELS, CHART_STATES } from '@shared/domain/flowchart.schema'
import { Alert, Button, Empty, Input, Select, Space, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useEffect, useMemo, useState } from 'react'
import { useNavigate } from 'react-router'
import { PageHeader } from '../../app/PageHeader'
import { api } from '../../lib/api'
import { ChartStateTag } from './ChartStateTag'
import { FC } from './flowcharts.strings'

const L = FC.list
const NO_DEPARTMENT = -1

interface Filters {
  typeId?: number
  departmentId?: number
  state?: ChartState
  search: string
}

function matches(r: FlowchartRow, f: Filters): boolean {
  if (f.typeId !== undefined && r.typeId !== f.typeId) return false
  if (f.departmentId !== undefined && (r.departmentId ?? NO_DEPARTMENT) !== f.departmentId) return false
  if (f.state !== undefined && r.state !== f.state) return false
  const q = f.search.trim()
  return q === '' || r.code.includes(q) || r.name.includes(q)
}

function useRows() {
  const [rows, setRows] = useState<FlowchartRow[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    void api.invoke('flowchart:list').then((r) => {
      if (!live) return
      if (r.ok) setRows(r.value)
      else setError(r.message)
    })
    return () => {
      live = false
    }
  }, [])
  return { rows, error }
}

/** Distinct options of one column, in first-seen order. */
function optionsOf(rows: readonly FlowchartRow[], pick: (r: FlowchartRow) => [number, string]) {
  const seen = new Map<number, string>()
  for (const r of rows) {
    const [value, label] = pick(r)
    if (!seen.has(value)) seen.set(value, label)
  }
  return [...seen].map(([value, label]) => ({ value, label }))
}

export default function FlowchartsPage() {
  const navigate = useNavigate()
  const { rows, error } = useRows()
  const [filters, setFilters] = useState<Filters>({ search: '' })
  const all = useMemo(() => rows ?? [], [rows])
  const shown = useMemo(() => all.filter((r) => matches(r, filters)), [all, filters])
  const count = (s: ChartState) => shown.filter((r) => r.state === s).length
  const open = (r: FlowchartRow) => navigate(`/risks/flowcharts/${r.powerId}`)

  const columns: ColumnsType<FlowchartRow> = [
    { title: L.code, dataIndex: 'code', width: 150 },
    { title: L.name, dataIndex: 'name', ellipsis: true, render: (v: string, r) => <a onClick={() => open(r)}>{v}</a> },
    { title: L.type, dataIndex: 'typeName', width: 130 },
    { title: L.department, dataIndex: 'departmentName', width: 180, ellipsis: true, render: (v: string | null) => v ?? '—' },
    { title: L.state, dataIndex: 'state', width: 96, render: (s: ChartState) => <ChartStateTag state={s} /> },
    { title: L.nodes, dataIndex: 'nodeCount', width: 80, align: 'right' },
    { title: L.problems, key: 'problems', width: 150, render: (_: unknown, r) => L.problems_(r.errorCount, r.warningCount) },
    {
      title: '',
      key: 'action',
      width: 80,
      render: (_: unknown, r) => (
        <Button size="small" type={r.state === 'empty' ? 'primary' : 'default'} onClick={() => open(r)}>
          {r.state === 'empty' ? L.open : L.edit}
        </Button>
      ),
    },
  ]

  return (
    <div className="page">
      <PageHeader title={FC.title} subtitle={FC.subtitle} />
      {error && <Alert type="error" showIcon title={error} />}
      {rows && rows.length === 0 ? (
        <Empty description={<><div>{L.emptyTitle}</div><Typography.Text type="secondary">{L.emptyHint}</Typography.Text></>}>
          <Button type="primary" onClick={() => navigate('/powers')}>{L.goPowers}</Button>
        </Empty>
      ) : (
        <>
          <Space wrap className="flowchart-filters" style={{ marginBottom: 12 }}>
            <Input.Search allowClear placeholder={L.search} style={{ width: 220 }} onChange={(e) => setFilters((f) => ({ ...f, search: e.target.value }))} />
            <Select
              allowClear
              placeholder={L.allTypes}
              style={{ width: 160 }}
              aria-label={L.type}
              options={optionsOf(all, (r) => [r.typeId, r.typeName])}
              onChange={(typeId?: number) => setFilters((f) => ({ ...f, typeId }))}
            />
            <Select
              allowClear
              placeholder={L.allDepartments}
              style={{ width: 200 }}
              aria-label={L.department}
              options={optionsOf(all, (r) => [r.departmentId ?? NO_DEPARTMENT, r.departmentName ?? L.noDepartment])}
              onChange={(departmentId?: number) => setFilters((f) => ({ ...f, departmentId }))}
            />
            <Select
              allowClear
              placeholder={L.allStates}
              style={{ width: 130 }}
              aria-label={L.state}
              options={CHART_STATES.map((s) => ({ value: s, label: CHART_STATE_LABELS[s] }))}
              onChange={(state?: ChartState) => setFilters((f) => ({ ...f, state }))}
            />
          </Space>
          <div className="flowchart-counts" data-testid="flowchart-counts" style={{ marginBottom: 8 }}>
            {L.counts(shown.length, count('empty'), count('invalid'), count('complete'))}
          </div>
          <Table<FlowchartRow>
            rowKey="powerId"
            size="small"
            loading={rows === null && !error}
            columns={columns}
            dataSource={shown}
            pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
            locale={{ emptyText: L.noMatch }}
          />
        </>
      )}
    </div>
  )
}
