import { AppstoreAddOutlined, DownOutlined, ExportOutlined, FileExcelOutlined, PlusOutlined, TagsOutlined } from '@ant-design/icons'
import type { PowerStatus } from '@shared/domain/power.schema'
import { Alert, Button, Card, Dropdown, Skeleton, Space } from 'antd'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import { PageHeader } from '../../app/PageHeader'
import { useDebounced } from '../../lib/use-debounced'
import { useList } from '../../lib/use-list'
import { BulkBar } from './BulkBar'
import { BulkStatusModal, type StatusRequest } from './BulkStatusModal'
import { ImportWizard } from './ImportWizard'
import { personOptions, postOptions } from './power-form'
import { PowerDrawer, type DrawerTarget } from './PowerDrawer'
import { PowersEmpty } from './PowersEmpty'
import './powers.css'
import { PowersTable } from './PowersTable'
import { PowersToolbar, TypeCounts } from './PowersToolbar'
import { POWERS } from './powers.strings'
import { PowerTypesModal } from './PowerTypesModal'
import { TemplatePicker } from './TemplatePicker'
import { useExportJob } from './useExportJob'
import { hasFilters, NO_FILTERS, usePowerList, useUnfilteredTotal, type PowerFilters } from './usePowers'

const A = POWERS.actions

/** 一·清权: the power inventory — filters, per-type counts, a virtual list, bulk 确权, import/export, templates. */
export function PowersPage() {
  const link = useLinkTarget()
  const [filters, setFilters] = useState<PowerFilters>(() => ({ ...NO_FILTERS, departmentId: link.departmentId }))
  // short pause: the search answers in milliseconds, the list should follow the typing (≤ 300 ms)
  const search = useDebounced(filters.search, 150)
  const effective = useMemo(() => ({ ...filters, search }), [filters, search])
  const list = usePowerList(effective)
  const filtered = hasFilters(effective)
  const unfilteredTotal = useUnfilteredTotal(list, filtered)

  const types = useList('powerType:list', {})
  const departments = useList('department:list', {})
  const posts = useList('post:list', {})
  const persons = useList('person:list', {})

  const [selected, setSelected] = useState<number[]>([])
  const [drawer, setDrawer] = useState<DrawerTarget | null>(() => (link.openId ? { mode: 'edit', id: link.openId } : null))
  const [statusRequest, setStatusRequest] = useState<StatusRequest | null>(null)
  const [dialog, setDialog] = useState<'import' | 'template' | 'types' | null>(null)
  const { exporting, exportAs, progressModal } = useExportJob()

  // the selection holds only rows on show: a filter or search that hides a selected row drops it,
  // so no later bulk action can reach rows the user no longer sees
  // (adjusted while rendering, React's pattern for state derived from new data)
  const [prunedFor, setPrunedFor] = useState(list.data.rows)
  if (!list.loading && prunedFor !== list.data.rows) {
    setPrunedFor(list.data.rows)
    const shown = new Set(list.data.rows.map((r) => r.id))
    if (!selected.every((id) => shown.has(id))) setSelected(selected.filter((id) => shown.has(id)))
  }
  const afterBulk = () => {
    setSelected([])
    reload()
  }

  const refs = useMemo(
    () => ({
      types: types.items,
      departmentOptions: departments.items.map((d) => ({ value: d.id, label: d.name })),
      postOptions: postOptions(posts.items, departments.items),
      personOptions: personOptions(persons.items),
    }),
    [types.items, departments.items, posts.items, persons.items],
  )

  const typeNames = useMemo(() => types.items.map((t) => t.name), [types.items])
  const departmentNames = useMemo(() => departments.items.map((d) => d.name), [departments.items])

  const reload = () => {
    list.refresh()
    types.refresh()
    departments.refresh()
  }

  const empty = list.loaded && !filtered && unfilteredTotal === 0 && !list.error
  const openRow = useCallback((id: number) => setDrawer({ mode: 'edit', id }), [])
  const openNew = () =>
    setDrawer({ mode: 'new', departmentId: filters.departmentId, typeId: filters.typeIds.length === 1 ? filters.typeIds[0] : undefined })

  // the list actions appear once the first answer is in: no buttons that vanish when the inventory turns out empty
  const actions = (
    <Space wrap>
      {list.loaded && !empty && (
        <>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={openNew}>
            {A.add}
          </Button>
          <Button icon={<AppstoreAddOutlined aria-hidden />} onClick={() => setDialog('template')}>
            {A.fromTemplate}
          </Button>
          <Button icon={<FileExcelOutlined aria-hidden />} onClick={() => setDialog('import')}>
            {A.import}
          </Button>
          <Dropdown
            disabled={exporting || list.data.total === 0}
            menu={{
              items: [
                { key: 'xlsx', label: A.exportXlsx },
                { key: 'docx', label: A.exportDocx },
              ],
              onClick: ({ key }) => void exportAs(key as 'xlsx' | 'docx'),
            }}
          >
            <Button icon={<ExportOutlined aria-hidden />} loading={exporting}>
              {A.export} <DownOutlined aria-hidden />
            </Button>
          </Dropdown>
        </>
      )}
      <Button icon={<TagsOutlined aria-hidden />} onClick={() => setDialog('types')}>
        {A.manageTypes}
      </Button>
    </Space>
  )

  const loadError = list.error ?? types.error ?? departments.error
  return (
    <div className="powers-page" data-testid="powers-page">
      {/* the list behind the open drawer is inert: no focus, no accessible duplicates of the form's labels */}
      <div className="powers-page-main" inert={drawer !== null}>
        <PageHeader title={POWERS.title} subtitle={POWERS.subtitle} extra={actions} />
        {loadError && (
          <Alert
            type="error"
            showIcon
            title={loadError}
            className="list-error"
            action={<Button onClick={reload}>{POWERS.common.retry}</Button>}
          />
        )}
        {!list.loaded && !list.error && (
          <Card>
            <Skeleton active paragraph={{ rows: 8 }} />
          </Card>
        )}
        {empty && <PowersEmpty onImport={() => setDialog('import')} onTemplate={() => setDialog('template')} onAdd={openNew} />}
        {list.loaded && !empty && (
          <Card className="list-card powers-card">
            <PowersToolbar filters={filters} onChange={setFilters} types={types.items} departments={departments.items} />
            <TypeCounts list={list.data} unfilteredTotal={unfilteredTotal} filters={filters} onChange={setFilters} />
            {selected.length > 0 && (
              <BulkBar
                selected={selected}
                departments={departments.items}
                onStatus={(status: PowerStatus) => setStatusRequest({ ids: selected, status })}
                onClear={() => setSelected([])}
                onChanged={afterBulk}
              />
            )}
            <PowersTable
              rows={list.data.rows}
              loading={list.loading}
              selected={selected}
              onSelect={setSelected}
              onOpen={openRow}
              search={search}
              typeNames={typeNames}
              departmentNames={departmentNames}
            />
          </Card>
        )}
      </div>

      <PowerDrawer target={drawer} refs={refs} onOpen={setDrawer} onClose={() => setDrawer(null)} onChanged={reload} />
      <BulkStatusModal
        request={statusRequest}
        onClose={(changed) => {
          setStatusRequest(null)
          if (changed) afterBulk()
        }}
      />
      {progressModal}
      <ImportWizard open={dialog === 'import'} onClose={() => setDialog(null)} onImported={reload} />
      <TemplatePicker
        open={dialog === 'template'}
        onClose={(added) => {
          setDialog(null)
          if (added) reload()
        }}
      />
      <PowerTypesModal
        open={dialog === 'types'}
        types={types.items}
        loading={types.loading}
        onClose={() => setDialog(null)}
        onChanged={types.refresh}
      />
    </div>
  )
}

/**
 * A link into 清权 (from a delete refusal in 单位与人员): ?department= filters the list, ?open= opens
 * that power. Read once; the address is then cleaned so a reload shows the plain list.
 */
function useLinkTarget(): { departmentId?: number; openId?: number } {
  const [params, setParams] = useSearchParams()
  const [target] = useState(() => {
    const n = (key: string) => {
      const v = Number(params.get(key))
      return Number.isInteger(v) && v > 0 ? v : undefined
    }
    return { departmentId: n('department'), openId: n('open') }
  })
  useEffect(() => {
    if (params.size > 0) setParams({}, { replace: true })
  }, [params, setParams])
  return target
}
