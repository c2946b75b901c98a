import type { ImportField, ImportMapping, PowerImportResult } from '@shared/domain/power-import.schema'
import { App, Button, Modal, Result, Space, Steps, Tooltip } from 'antd'
import { useRef, useState } from 'react'
import { JobProgress } from '../../components/JobProgress'
import { JOB_UI } from '../../components/job.strings'
import { useJob } from '../../lib/use-job'
import { headersOf, lackingLabels, setColumnField, type HeaderColumn, type ImportFile } from './import-mapping'
import { ImportCheckStep } from './ImportCheckStep'
import { ImportFileStep } from './ImportFileStep'
import { POWERS } from './powers.strings'

const S = POWERS.importWizard
type Phase = 'file' | 'check' | 'committing' | 'done'

const mappingOf = (r: PowerImportResult): ImportMapping => ({
  sheet: r.sheet,
  headerRow: r.headerRow,
  columns: Object.fromEntries(r.columns.map((c) => [String(c.column), c.field])),
})

interface Props {
  open: boolean
  onClose(): void
  /** data was written: reload the list and the types */
  onImported(): void
}

/** 导入 Excel: choose file → dry run with mapping, problems and preview → commit → summary. */
export function ImportWizard({ open, onClose, onImported }: Props) {
  const { message } = App.useApp()
  // the import runs as a core job (worker thread): progress, phase and 取消 while it reads or writes
  const job = useJob()
  const [phase, setPhase] = useState<Phase>('file')
  const [file, setFile] = useState<ImportFile | null>(null)
  const [mapping, setMapping] = useState<ImportMapping | null>(null)
  const [headers, setHeaders] = useState<HeaderColumn[]>([])
  const [sheets, setSheets] = useState<string[]>([])
  const [result, setResult] = useState<PowerImportResult | null>(null)
  const [createMissing, setCreateMissing] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<PowerImportResult | null>(null)
  // each run gets a number; an answer that is no longer the latest is dropped
  const runs = useRef(0)

  const reset = () => {
    runs.current++
    if (job.running) void job.cancel()
    setPhase('file')
    setFile(null)
    setMapping(null)
    setHeaders([])
    setSheets([])
    setResult(null)
    setCreateMissing(false)
    setBusy(false)
    setError(null)
    setDone(null)
  }

  const close = () => {
    if (phase === 'committing') return
    reset()
    onClose()
  }

  /** `m` with no columns maps the chosen header row by name; `sheet` without `m` finds that sheet's header. */
  const dryRun = async (f: ImportFile, m: ImportMapping | undefined, withCreate: boolean, sheet?: string) => {
    const run = ++runs.current
    setBusy(true)
    setError(null)
    const r = await job.run('power:import', { fileName: f.name, dataBase64: f.base64, mapping: m, sheet, createMissing: withCreate, dryRun: true })
    if (run !== runs.current) return
    setBusy(false)
    if (r.state === 'cancelled') return void message.info(JOB_UI.cancelled)
    if (r.state === 'failed') {
      setError(r.message)
      setResult(null)
      return
    }
    setResult(r.value)
    setMapping(mappingOf(r.value))
    setHeaders(headersOf(r.value))
    setSheets(r.value.sheets)
    setPhase('check')
  }

  /** A new mapping from the user: re-check it, or say which required column is still missing. */
  const remap = (f: ImportFile, m: ImportMapping, cols: HeaderColumn[]) => {
    setMapping(m)
    setHeaders(cols)
    const lacking = lackingLabels(m)
    if (lacking.length > 0) {
      runs.current++
      setResult(null)
      setBusy(false)
      setError(S.needCodeName(lacking))
      return
    }
    void dryRun(f, m, createMissing)
  }

  // a file without a recognisable header still answers with its sheets and first row's columns
  // (and one error saying so), so the user maps the columns by hand on the same screen
  const onFile = (f: ImportFile) => {
    setFile(f)
    setCreateMissing(false)
    void dryRun(f, undefined, false)
  }

  const onField = (column: number, field: ImportField | null) => {
    if (file && mapping) remap(file, setColumnField(mapping, column, field), headers)
  }

  const onSheet = (sheet: string) => {
    if (file) void dryRun(file, undefined, createMissing, sheet)
  }

  const onHeaderRow = (row: number) => {
    if (file && mapping) void dryRun(file, { sheet: mapping.sheet, headerRow: row, columns: {} }, createMissing)
  }

  const onCreateMissing = (value: boolean) => {
    setCreateMissing(value)
    if (file && mapping && lackingLabels(mapping).length === 0) void dryRun(file, mapping, value)
  }

  const commit = async () => {
    if (!file || !mapping) return
    const run = ++runs.current
    setPhase('committing')
    const r = await job.run('power:import', { fileName: file.name, dataBase64: file.base64, mapping, createMissing, dryRun: false })
    if (run !== runs.current) return
    if (r.state === 'succeeded' && r.value.committed) {
      setDone(r.value)
      setPhase('done')
      void message.success(S.doneTitle)
      onImported()
      return
    }
    setPhase('check')
    if (r.state === 'succeeded') setResult(r.value)
    else if (r.state === 'failed') setError(r.message)
    else void message.info(JOB_UI.cancelled)
  }

  const blocked = !result || busy || result.errors.length > 0
  const importButton = (
    <Button type="primary" disabled={blocked} onClick={() => void commit()}>
      {S.import}
    </Button>
  )
  const current = phase === 'file' ? 0 : phase === 'check' ? 1 : 2

  return (
    <Modal
      open={open}
      title={S.title}
      width={phase === 'file' ? 720 : 'min(1240px, calc(100vw - 48px))'}
      onCancel={close}
      closable={phase !== 'committing'}
      keyboard={phase !== 'committing'}
      mask={{ closable: false }}
      footer={null}
      destroyOnHidden
      className="import-modal"
      style={{ top: 24 }}
    >
      <div data-testid="import-wizard">
        <Steps
          size="small"
          current={current}
          status={phase === 'done' ? 'finish' : 'process'}
          items={[{ title: S.steps.file }, { title: S.steps.check }, { title: S.steps.done }]}
          className="import-steps"
        />
        {phase === 'file' && <ImportFileStep busy={busy} error={error} onFile={onFile} onReadError={setError} />}
        {phase === 'check' && file && mapping && (
          <ImportCheckStep
            fileName={file.name}
            result={result}
            mapping={mapping}
            headers={headers}
            sheets={sheets}
            createMissing={createMissing}
            busy={busy}
            error={error}
            onField={onField}
            onSheet={onSheet}
            onHeaderRow={onHeaderRow}
            onCreateMissing={onCreateMissing}
          />
        )}
        {(phase === 'committing' || (busy && job.running)) && (
          <JobProgress status={job.status} title={phase === 'committing' ? S.committing : S.reading} onCancel={job.cancel} />
        )}
        {phase === 'done' && done && (
          <Result
            status="success"
            title={S.doneTitle}
            subTitle={<span data-testid="import-summary">{S.doneText(done.added, done.updated, done.unchanged)}</span>}
          />
        )}
        <div className="import-footer">
          <div>
            {phase === 'check' && (
              <Button onClick={reset} disabled={busy}>
                {S.back}
              </Button>
            )}
          </div>
          <Space>
            {phase === 'file' && <Button onClick={close}>{POWERS.common.cancel}</Button>}
            {phase === 'check' && (
              <>
                <Button onClick={close}>{POWERS.common.cancel}</Button>
                {result && result.errors.length > 0 ? <Tooltip title={S.fixFirst}>{importButton}</Tooltip> : importButton}
              </>
            )}
            {phase === 'done' && (
              <Button type="primary" onClick={close}>
                {S.finish}
              </Button>
            )}
          </Space>
        </div>
      </div>
    </Modal>
  )
}
