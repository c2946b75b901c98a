import { App, Modal } from 'antd'
import { useState } from 'react'
import { JobProgress } from '../../components/JobProgress'
import { JOB_UI } from '../../components/job.strings'
import { saveBase64File } from '../../lib/file-transfer'
import { useJob } from '../../lib/use-job'
import { POWERS } from './powers.strings'

const A = POWERS.actions

/**
 * 导出 of the 清权 page as a core job: a dialog with the phase, a progress bar and 取消 while the
 * worker writes the file; the finished file is saved as before.
 */
export function useExportJob() {
  const { message } = App.useApp()
  const job = useJob()
  const [format, setFormat] = useState<'xlsx' | 'docx' | null>(null)

  const exportAs = async (f: 'xlsx' | 'docx') => {
    setFormat(f)
    try {
      const r = await job.run('power:export', { format: f })
      if (r.state === 'failed') return void message.error(r.message)
      if (r.state === 'cancelled') return void message.info(JOB_UI.cancelled)
      saveBase64File(r.value)
      void message.success(A.exported(r.value.fileName))
    } finally {
      setFormat(null)
    }
  }

  const progressModal = (
    <Modal open={format !== null} title={A.exporting} footer={null} closable={false} mask={{ closable: false }} keyboard={false} destroyOnHidden>
      <JobProgress status={job.status} title={format === 'docx' ? A.exportDocx : A.exportXlsx} onCancel={job.cancel} />
    </Modal>
  )
  return { exporting: format !== null, exportAs, progressModal }
}
