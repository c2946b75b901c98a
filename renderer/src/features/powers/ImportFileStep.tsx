import { InboxOutlined } from '@ant-design/icons'
import { Alert, Spin, Upload } from 'antd'
import { readFileAsBase64 } from '../../lib/file-transfer'
import type { ImportFile } from './import-mapping'
import { POWERS } from './powers.strings'

const S = POWERS.importWizard

interface Props {
  busy: boolean
  error: string | null
  onFile(file: ImportFile): void
  onReadError(message: string): void
}

/** Step 1: pick an .xlsx; it is read in the renderer (never uploaded) and handed to the core as base64. */
export function ImportFileStep({ busy, error, onFile, onReadError }: Props) {
  return (
    <div className="import-file-step">
      <Spin spinning={busy} description={S.reading}>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            readFileAsBase64(file).then(
              (base64) => onFile({ name: file.name, base64 }),
              () => onReadError(S.readFailed),
            )
            return Upload.LIST_IGNORE
          }}
          data-testid="import-dropzone"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p className="ant-upload-text">{S.dropTitle}</p>
          <p className="ant-upload-hint">{S.dropHint}</p>
        </Upload.Dragger>
      </Spin>
      {error && (
        <Alert type="error" showIcon title={<span data-testid="import-file-error">{error}</span>} style={{ marginTop: 16 }} />
      )}
      <ul className="import-notes">
        {S.dropNotes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  )
}
