/**
 * A modal that holds one form: Enter and Ctrl+S submit, client rules run first, and a core
 * error that names a field is shown under that field (otherwise as a message).
 */
import type { Err } from '@shared/result'
import { App, Form, Modal, type FormInstance } from 'antd'
import { useState, type ReactNode } from 'react'
import { applyServerError } from '../lib/form-rules'
import { isSubmitEnter, useSaveShortcut } from '../lib/save-shortcut'
import { COMMON } from './common.strings'

export interface FormModalProps<V> {
  open: boolean
  title: string
  /** The html name of the form; input ids become `${name}_${field}`. */
  name: string
  form: FormInstance<V>
  initialValues?: Partial<V>
  /** Field names the core may point at (Err.field). */
  fields: readonly string[]
  /** Returns null when saved, or the core's error. */
  onSubmit(values: V): Promise<Err | null>
  /** Optional whole-form check run after the field rules; return false to stop. */
  precheck?(values: V): boolean
  successText: string
  onClose(saved: boolean): void
  width?: number
  children: ReactNode
}

export function FormModal<V extends object>(props: FormModalProps<V>) {
  const { open, title, name, form, initialValues, fields, onSubmit, precheck, successText, onClose, width, children } = props
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    if (busy) return
    let values: V
    try {
      values = await form.validateFields()
    } catch {
      return // antd shows the messages under the fields
    }
    if (precheck && !precheck(values)) return
    setBusy(true)
    try {
      const err = await onSubmit(values)
      if (err) {
        if (!applyServerError(form, err, fields)) void message.error(err.message)
        return
      }
      void message.success(successText)
      onClose(true)
    } finally {
      setBusy(false)
    }
  }

  useSaveShortcut(() => void submit(), open)

  return (
    <Modal
      open={open}
      title={title}
      width={width ?? 560}
      okText={COMMON.ok}
      cancelText={COMMON.cancel}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form
        form={form}
        name={name}
        layout="vertical"
        preserve={false}
        initialValues={initialValues}
        requiredMark
        onKeyDown={(e) => {
          if (isSubmitEnter(e)) {
            e.preventDefault()
            void submit()
          }
        }}
        className="modal-form"
      >
        {children}
      </Form>
    </Modal>
  )
}
