import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ImportField, type ImportMapping } from '@shared/domain/power-import.schema'
import { Select, Table, type TableColumnsType } from 'antd'
import { columnLetter, type HeaderColumn } from './import-mapping'
import { POWERS } from './powers.strings'

const S = POWERS.importWizard
const SKIP = '__skip'
const FIELD_OPTIONS = [
  { value: SKIP, label: S.skip },
  ...IMPORT_FIELDS.map((f) => ({ value: f, label: IMPORT_FIELD_LABELS[f] })),
]

interface Props {
  headers: HeaderColumn[]
  mapping: ImportMapping
  disabled: boolean
  onChange(column: number, field: ImportField | null): void
}

/** Each column of the file (letter and header) and the field it is imported as, or 不导入. */
export function ImportMappingTable({ headers, mapping, disabled, onChange }: Props) {
  const columns: TableColumnsType<HeaderColumn> = [
    { title: S.column, dataIndex: 'column', width: 48, align: 'center', render: (c: number) => <span className="cell-muted">{columnLetter(c)}</span> },
    {
      title: S.header,
      dataIndex: 'header',
      ellipsis: true,
      render: (h: string) => (h ? <span title={h}>{h}</span> : <span className="cell-muted">{POWERS.common.none}</span>),
    },
    {
      title: S.field,
      key: 'field',
      width: 156,
      render: (_, h) => {
        const field = mapping.columns[String(h.column)] ?? null
        return (
          <Select<string>
            size="small"
            value={field ?? SKIP}
            disabled={disabled}
            aria-label={`${S.field}：${h.header || columnLetter(h.column)}`}
            options={FIELD_OPTIONS}
            onChange={(v) => onChange(h.column, v === SKIP ? null : (v as ImportField))}
            className={field ? 'import-field-select' : 'import-field-select import-field-skip'}
            style={{ width: '100%' }}
            popupMatchSelectWidth={false}
          />
        )
      },
    },
  ]
  return (
    <div data-testid="import-mapping">
      <Table<HeaderColumn>
        rowKey="column"
        size="small"
        tableLayout="fixed"
        columns={columns}
        dataSource={headers}
        pagination={false}
        scroll={{ y: 'max(200px, calc(100vh - 490px))' }}
        rowClassName={(h) => (mapping.columns[String(h.column)] ? '' : 'import-row-skipped')}
      />
    </div>
  )
}
