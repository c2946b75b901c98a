/** Delete through the core; a refusal (IN_USE: still referred to) is explained in a dialog. */
import { App } from 'antd'
import { useCallback } from 'react'
import { api } from '../../lib/api'
import { ORG } from './org.strings'

type DeleteChannel = 'department:delete' | 'post:delete' | 'person:delete'

export function useRemove(onDone: () => void) {
  const { message, modal } = App.useApp()
  return useCallback(
    async (channel: DeleteChannel, id: number) => {
      const r = await api.invoke(channel, { id })
      if (r.ok) {
        void message.success(ORG.common.deleted)
        onDone()
        return
      }
      if (r.code === 'IN_USE' || r.code === 'CONFLICT') {
        modal.error({ title: ORG.common.cannotDelete, content: <span data-testid="delete-refused">{r.message}</span>, okText: ORG.common.ok })
      } else {
        void message.error(r.message)
        if (r.code === 'NOT_FOUND') onDone()
      }
    },
    [message, modal, onDone],
  )
}
