import type { JobStatus } from '@shared/contract/job.contract'
import { Button, Progress } from 'antd'
import { useState } from 'react'
import './job-progress.css'
import { JOB_UI } from './job.strings'

interface Props {
  /** null: the job is being started */
  status: JobStatus | null
  title: string
  onCancel(): Promise<void> | void
}

/** A running job: its phase in words, a progress bar and 取消 (disabled once an import is writing). */
export function JobProgress({ status, title, onCancel }: Props) {
  const [cancelling, setCancelling] = useState(false)
  const percent = Math.round((status?.progress ?? 0) * 100)
  const cancellable = status?.cancellable ?? true
  return (
    <div className="job-progress" data-testid="job-progress" role="status" aria-live="polite">
      <div className="job-progress-title">{title}</div>
      <Progress percent={percent} status="active" aria-label={title} />
      <div className="job-progress-footer">
        <span data-testid="job-phase">{status?.phase ?? JOB_UI.starting}</span>
        <Button
          size="small"
          disabled={!cancellable || cancelling}
          title={cancellable ? undefined : JOB_UI.notCancellable}
          onClick={() => {
            setCancelling(true)
            void Promise.resolve(onCancel()).finally(() => setCancelling(false))
          }}
        >
          {cancelling ? JOB_UI.cancelling : JOB_UI.cancel}
        </Button>
      </div>
    </div>
  )
}
