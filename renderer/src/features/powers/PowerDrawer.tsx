import type { PowerDetail } from '@shared/domain/power.schema'
import type { Err } from '@shared/result'
import { Alert, App, Button, Drawer, Form, Skeleton, Space } from 'antd'
import { useEffect, useLayoutEffect, useMemo, useState } from 'react'
import { useNavigate } from 'react-router'
import { api } from '../../lib/api'
import { useSaveShortcut } from '../../lib/save-shortcut'
import { BulkStatusModal, type StatusRequest } from './BulkStatusModal'
import { newPowerValues, POWER_FIELDS, toFormValues, toPowerInput, type PowerFormValues } from './power-form'
import { PowerFormBasic, type PowerFormRefs } from './PowerFormBasic'
import { PowerFormControl } from './PowerFormControl'
import { PowerFormDuties } from './PowerFormDuties'
import { PowerStatusBlock } from './PowerStatusBlock'
import { StatusTag } from './PowersTable'
import { POWERS } from './powers.strings'

const D = POWERS.drawer

export type DrawerTarget =
  | { mode: 'new'; parentId?: number; typeId?: number; departmentId?: number | null }
  | { mode: 'edit'; id: number }

interface Props {
  target: DrawerTarget | null
  refs: Omit<PowerFormRefs, 'parentOptions'>
  onOpen(target: DrawerTarget): void
  onClose(): void
  /** something was written: reload the list */
  onChanged(): void
}

/** Where a core error points: a 五公开 sub-field keeps its full path, anything else its top field. */
function errorPath(err: Err): (string | number)[] | null {
  if (!err.field) return null
  const path = err.field.split('.')
  const top = path[0] ?? ''
  if (!(POWER_FIELDS as readonly string[]).includes(top)) return null
  return top === 'disclosures' && path.length === 3 ? path : [top]
}

/** The wide drawer with every field of a power: view, edit, create; Ctrl+S saves; asks before dropping edits. */
export function PowerDrawer({ target, refs, onOpen, onClose, onChanged }: Props) {
  const navigate = useNavigate()
  const { message, modal } = App.useApp()
  const [form] = Form.useForm<PowerFormValues>()
  const editId = target?.mode === 'edit' ? target.id : null
  const [version, setVersion] = useState(0)
  const wanted = target ? `${JSON.stringify(target)}|${version}` : ''
  const [loaded, setLoaded] = useState<{ for: string; detail: PowerDetail | null; error: string | null }>({ for: '', detail: null, error: null })
  const [parents, setParents] = useState<{ value: number; label: string }[]>([])
  const [dirtyFor, setDirtyFor] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [statusRequest, setStatusRequest] = useState<StatusRequest | null>(null)

  useEffect(() => {
    if (editId === null) return
    let live = true
    void api.invoke('power:get', { id: editId }).then((r) => {
      if (live) setLoaded({ for: wanted, detail: r.ok ? r.value : null, error: r.ok ? null : r.message })
    })
    return () => {
      live = false
    }
  }, [editId, wanted])

  // 主项 candidates for 上级事项: loaded when the drawer opens and after each save (not per record)
  const open = target !== null
  const [parentsVersion, setParentsVersion] = useState(0)
  useEffect(() => {
    if (!open) return
    let live = true
    void api.invoke('power:list', { level: 'main' }).then((r) => {
      if (live && r.ok) setParents(r.value.rows.map((p) => ({ value: p.id, label: `${p.code} ${p.name}` })))
    })
    return () => {
      live = false
    }
  }, [open, parentsVersion])

  const detail = editId !== null && loaded.for === wanted ? loaded.detail : null
  const loadError = editId !== null && loaded.for === wanted ? loaded.error : null
  const ready = target?.mode === 'new' || detail !== null
  const dirty = dirtyFor === wanted && wanted !== ''

  const initialValues = useMemo<PowerFormValues | null>(() => {
    if (!target) return null
    if (target.mode === 'new') return newPowerValues(target)
    return detail ? toFormValues(detail) : null
  }, [target, detail])

  // One form instance serves every record: antd merges a remounted Form's initialValues under the
  // values it still holds, so load the record's values explicitly (also after a save reloads them).
  useLayoutEffect(() => {
    if (initialValues) form.resetFields()
  }, [form, wanted, initialValues])

  const formRefs: PowerFormRefs = useMemo(
    () => ({ ...refs, parentOptions: parents.filter((p) => p.value !== editId) }),
    [refs, parents, editId],
  )

  /** Runs `then` right away, or after the user agrees to drop unsaved edits. */
  const guard = (next: () => void) => {
    const then = () => {
      setDirtyFor(null)
      next()
    }
    if (!dirty) return then()
    modal.confirm({
      title: D.dirtyTitle,
      content: D.dirtyText,
      okText: D.dirtyOk,
      okButtonProps: { danger: true },
      cancelText: D.dirtyCancel,
      onOk: then,
    })
  }

  const save = async () => {
    if (saving || !ready || !target) return
    let values: PowerFormValues
    try {
      values = await form.validateFields()
    } catch (e) {
      const first = (e as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0]
      if (first) form.scrollToField(first.name, { block: 'center' })
      return
    }
    setSaving(true)
    try {
      const input = toPowerInput(values)
      const r = editId !== null ? await api.invoke('power:update', { ...input, id: editId }) : await api.invoke('power:create', input)
      if (!r.ok) {
        const path = errorPath(r)
        if (path) {
          // errorPath only returns paths of this form's fields
          form.setFields([{ name: path as never, errors: [r.message] }])
          form.scrollToField(path, { block: 'center' })
        } else void message.error(r.message)
        return
      }
      void message.success(editId !== null ? POWERS.common.saved : POWERS.common.created)
      setDirtyFor(null)
      setParentsVersion((v) => v + 1)
      onChanged()
      if (editId !== null) {
        setLoaded({ for: wanted, detail: r.value, error: null })
      } else onOpen({ mode: 'edit', id: r.value.id })
    } finally {
      setSaving(false)
    }
  }

  useSaveShortcut(() => void save(), target !== null && ready && statusRequest === null)

  const title = target?.mode === 'new' ? D.createTitle : detail ? (
    <span className="power-drawer-title">
      {D.editTitle(detail.code)}
      <StatusTag status={detail.status} />
    </span>
  ) : D.loading

  return (
    <Drawer
      open={target !== null}
      size={980}
      title={title}
      onClose={() => guard(onClose)}
      // the footer has the “关闭” button; the corner icon gets a name of its own
      closable={{ 'aria-label': D.closeIcon }}
      destroyOnHidden
      className="power-drawer"
      data-testid="power-drawer"
      footer={
        <div className="power-drawer-footer">
          <Space>
            <span className="form-savebar-hint">{POWERS.common.saveShortcut}</span>
            {detail && detail.status !== 'cancelled' && (
              <Button type="link" onClick={() => guard(() => navigate(`/risks/flowcharts/${detail.id}`))}>
                {D.flowchart}
              </Button>
            )}
          </Space>
          <Space>
            <Button onClick={() => guard(onClose)}>{POWERS.common.close}</Button>
            <Button type="primary" loading={saving} disabled={!ready} onClick={() => void save()}>
              {POWERS.common.save}
            </Button>
          </Space>
        </div>
      }
    >
      <div data-testid="power-drawer-body">
        {loadError && <Alert type="error" showIcon title={loadError} />}
        {!ready && !loadError && <Skeleton active paragraph={{ rows: 10 }} />}
        {ready && initialValues && (
          <>
            {detail && (
              <PowerStatusBlock
                detail={detail}
                dirty={dirty}
                onStatus={(status) => setStatusRequest({ ids: [detail.id], status })}
                onOpen={(id) => guard(() => onOpen({ mode: 'edit', id }))}
                onAddChild={() =>
                  guard(() => onOpen({ mode: 'new', parentId: detail.id, typeId: detail.typeId, departmentId: detail.departmentId }))
                }
              />
            )}
            <Form<PowerFormValues>
              key={wanted}
              form={form}
              name="power"
              layout="vertical"
              initialValues={initialValues}
              onValuesChange={() => setDirtyFor(wanted)}
              requiredMark
              className="power-form"
            >
              <PowerFormBasic refs={formRefs} hasChildren={(detail?.children.length ?? 0) > 0} />
              <PowerFormDuties />
              <PowerFormControl refs={formRefs} />
            </Form>
          </>
        )}
      </div>
      <BulkStatusModal
        request={statusRequest}
        onClose={(changed) => {
          setStatusRequest(null)
          if (changed) {
            setVersion((v) => v + 1)
            onChanged()
          }
        }}
      />
    </Drawer>
  )
}
