import { FileExcelOutlined } from '@ant-design/icons'
import type { ImportError, ImportField, ImportMapping, PowerImportResult } from '@shared/domain/power-import.schema'
import { Alert, Button, Checkbox, Empty, InputNumber, Select, Spin, Table, Tabs, Tag, Tooltip, type TableColumnsType } from 'antd'
import { useEffect, useState } from 'react'
import { lackingLabels, type HeaderColumn } from './import-mapping'
import { ImportMappingTable } from './ImportMappingTable'
import { POWERS } from './powers.strings'

const S = POWERS.importWizard
/** The window's inner height, kept current (virtual tables need a number for scroll.y). */
function useWindowHeight(): number {
  const [h, setH] = useState(() => window.innerHeight)
  useEffect(() => {
    const onResize = () => setH(window.innerHeight)
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  return h
}
type PreviewRow = PowerImportResult['preview'][number]
const ACTION_COLORS = { add: 'green', update: 'blue', unchanged: 'default' } as const

function Count({ label, value, tone }: { label: string; value: number; tone?: 'add' | 'update' | 'error' }) {
  return (
    <div className="import-count">
      <span className="import-count-label">{label}</span>
      <span className={tone ? `import-count-value import-count-${tone}` : 'import-count-value'}>{value}</span>
    </div>
  )
}

const errorColumns: TableColumnsType<ImportError> = [
  { title: S.errRow, dataIndex: 'row', width: 72, align: 'right' },
  { title: S.errColumn, dataIndex: 'column', width: 140, ellipsis: true },
  { title: S.errMessage, dataIndex: 'message' },
]

const previewColumns: TableColumnsType<PreviewRow> = [
  { title: S.errRow, dataIndex: 'row', width: 64, align: 'right' },
  {
    title: S.pCode,
    dataIndex: 'code',
    width: 210,
    ellipsis: true,
    render: (c: string, r) => (
      <span className="import-preview-code">
        <span className="power-code">{c}</span>
        {r.codeGenerated && (
          <Tooltip title={S.generatedTip}>
            <Tag color="gold" className="import-generated-tag" data-testid="import-generated-code">
              {S.generatedTag}
            </Tag>
          </Tooltip>
        )}
      </span>
    ),
  },
  {
    title: S.pName,
    dataIndex: 'name',
    ellipsis: true,
    render: (n: string, r) =>
      r.parentCode ? (
        <span className="power-name-child" title={S.childOf(r.parentCode)}>
          <span className="power-child-mark">└</span>
          {n}
        </span>
      ) : (
        <span title={n}>{n}</span>
      ),
  },
  { title: S.pType, dataIndex: 'type', width: 110, ellipsis: true },
  { title: S.pDepartment, dataIndex: 'department', width: 120, ellipsis: true },
  { title: S.pAction, dataIndex: 'action', width: 76, render: (a: PreviewRow['action']) => <Tag color={ACTION_COLORS[a]}>{S.action[a]}</Tag> },
]

interface Props {
  fileName: string
  result: PowerImportResult | null
  mapping: ImportMapping
  headers: HeaderColumn[]
  sheets: string[]
  createMissing: boolean
  busy: boolean
  error: string | null
  onField(column: number, field: ImportField | null): void
  onSheet(sheet: string): void
  onHeaderRow(row: number): void
  onCreateMissing(value: boolean): void
}

/** Step 2: the dry run — mapping on the left; counts, missing references, every problem and a preview on the right. */
export function ImportCheckStep(props: Props) {
  const { fileName, result, mapping, headers, sheets, createMissing, busy, error } = props
  // the typed header row, until the mapping moves to another row
  const [typed, setTyped] = useState<{ for: string; row: number | null } | null>(null)
  const at = `${mapping.sheet}|${mapping.headerRow}`
  const headerRow = typed?.for === at ? typed.row : mapping.headerRow
  const [tab, setTab] = useState<string | null>(null)
  const errors = result?.errors ?? []
  const missing = result ? result.missingDepartments.length + result.missingTypes.length : 0
  const activeTab = tab ?? (errors.length > 0 ? 'errors' : 'preview')
  // the tables fill what the modal (top 24px) leaves below the counts and tabs
  const windowHeight = useWindowHeight()
  const tableY = Math.max(160, windowHeight - 500)

  return (
    <div className="import-check">
      <div className="import-check-left">
        <div className="import-file-info">
          <div className="import-file-name" title={fileName}>
            <FileExcelOutlined aria-hidden /> {fileName}
          </div>
          <div className="import-file-row">
            <span className="import-file-label">{S.sheet}</span>
            <Select
              size="small"
              aria-label={S.sheet}
              value={mapping.sheet}
              disabled={busy || sheets.length < 2}
              options={sheets.map((s) => ({ value: s, label: s }))}
              onChange={props.onSheet}
              style={{ flex: 1, minWidth: 0 }}
            />
          </div>
          <div className="import-file-row">
            <span className="import-file-label">{S.headerRow}</span>
            <InputNumber
              size="small"
              aria-label={S.headerRow}
              min={1}
              max={1000}
              precision={0}
              value={headerRow}
              disabled={busy}
              onChange={(v) => setTyped({ for: at, row: v })}
              style={{ width: 80 }}
            />
            <Button
              size="small"
              disabled={busy || !headerRow || headerRow === mapping.headerRow}
              onClick={() => headerRow && props.onHeaderRow(headerRow)}
            >
              {S.redetect}
            </Button>
          </div>
          {result && (
            <div className="cell-muted import-rows-read" data-testid="import-rows-read">
              {S.rowsRead(result.rowsRead, result.skippedRows)}
              {result.rowsAwaitingMapping > 0 && (
                <div className="import-rows-waiting">{S.rowsAwaitingMapping(result.rowsAwaitingMapping, lackingLabels(mapping))}</div>
              )}
            </div>
          )}
        </div>
        <div className="import-section-title">
          {S.mappingTitle}
          <span className="import-section-hint">{S.mappingHint}</span>
        </div>
        <ImportMappingTable headers={headers} mapping={mapping} disabled={busy} onChange={props.onField} />
      </div>

      <Spin spinning={busy} description={S.checking} wrapperClassName="import-check-right">
        {error && <Alert type="error" showIcon title={<span data-testid="import-run-error">{error}</span>} style={{ marginBottom: 12 }} />}
        {result && (
          <>
            <div className="import-counts" data-testid="import-counts">
              <Count label={S.added} value={result.added} tone="add" />
              <Count label={S.updated} value={result.updated} tone="update" />
              <Count label={S.unchanged} value={result.unchanged} />
              <Count label={S.problems} value={errors.length} tone={errors.length > 0 ? 'error' : undefined} />
            </div>
            {(missing > 0 || createMissing) && (
              <Alert
                type={createMissing ? 'info' : 'warning'}
                showIcon
                className="import-missing"
                data-testid="import-missing"
                title={
                  <div className="import-missing-text">
                    <span>{createMissing ? S.missingWillCreate : S.missingTitle}</span>
                    {result.missingDepartments.length > 0 && (
                      <span>
                        {S.missingDepartments}
                        <b>{result.missingDepartments.join('、')}</b>
                      </span>
                    )}
                    {result.missingTypes.length > 0 && (
                      <span>
                        {S.missingTypes}
                        <b>{result.missingTypes.join('、')}</b>
                      </span>
                    )}
                  </div>
                }
                action={
                  <Checkbox checked={createMissing} disabled={busy} onChange={(e) => props.onCreateMissing(e.target.checked)}>
                    {S.createMissing}
                  </Checkbox>
                }
              />
            )}
            <Tabs
              size="small"
              activeKey={activeTab}
              onChange={setTab}
              items={[
                {
                  key: 'errors',
                  label: S.errorsTab(errors.length),
                  children: (
                    <div data-testid="import-errors">
                      {errors.length === 0 ? (
                        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={S.noErrors} />
                      ) : (
                        <Table<ImportError>
                          rowKey={(e) => `${e.row}|${e.column}|${e.message}`}
                          size="small"
                          virtual
                          tableLayout="fixed"
                          columns={errorColumns}
                          dataSource={errors}
                          pagination={false}
                          scroll={{ y: tableY }}
                        />
                      )}
                    </div>
                  ),
                },
                {
                  key: 'preview',
                  label: S.previewTab(result.added + result.updated + result.unchanged),
                  children: (
                    <div data-testid="import-preview">
                      {result.generatedCodes > 0 && (
                        <Alert type="info" showIcon className="import-generated-note" data-testid="import-generated-note" title={S.generatedCodes(result.generatedCodes)} />
                      )}
                      <Table<PreviewRow>
                        rowKey={(p) => `${p.row}|${p.code}`}
                        size="small"
                        tableLayout="fixed"
                        columns={previewColumns}
                        dataSource={result.preview}
                        pagination={false}
                        scroll={{ y: tableY }}
                      />
                      {result.preview.length < result.added + result.updated + result.unchanged && (
                        <div className="cell-muted import-preview-note">{S.previewLimited(result.preview.length)}</div>
                      )}
                    </div>
                  ),
                },
              ]}
            />
          </>
        )}
      </Spin>
    </div>
  )
}
