/** 套用模板 and 从其他职权复制: both replace the chart on the core and hand back the new one. */
import type { FlowTemplate } from '@shared/domain/flowchart-template.schema'
import type { Flowchart, FlowchartRow, FlowPower } from '@shared/domain/flowchart.schema'
import { Alert, App, Form, Modal, Select } from 'antd'
import { useEffect, useState } from 'react'
import { api } from '../../../lib/api'
import { FC } from '../flowcharts.strings'

interface Props {
  open: 'template' | 'copy' | null
  power: FlowPower
  hasNodes: boolean
  getBaseVersion(): number
  onClose(): void
  onLoaded(chart: Flowchart): void
}

/** Templates for this power's type first, the suggested one marked. */
function templateOptions(templates: readonly FlowTemplate[], power: FlowPower) {
  const ofType = templates.filter((t) => t.powerTypes.includes(power.typeName))
  const suggested = ofType.find((t) => t.keywords.some((k) => power.name.includes(k))) ?? ofType[0]
  const ordered = [...ofType, ...templates.filter((t) => !ofType.includes(t))]
  return {
    suggested: suggested?.id,
    options: ordered.map((t) => ({ value: t.id, label: `${t.name}${t.id === suggested?.id ? FC.template.suggested : ''}`, title: t.description })),
  }
}

export function ChartSourceModals({ open, power, hasNodes, getBaseVersion, onClose, onLoaded }: Props) {
  const { message } = App.useApp()
  const [templates, setTemplates] = useState<FlowTemplate[]>([])
  const [sources, setSources] = useState<FlowchartRow[]>([])
  const [picked, setPicked] = useState<number | undefined>()
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (open === 'template') {
      void api.invoke('flowchartTemplate:list').then((r) => {
        if (!r.ok) return void message.error(r.message)
        setTemplates(r.value)
        setPicked(templateOptions(r.value, power).suggested)
      })
    } else if (open === 'copy') {
      void api.invoke('flowchart:list').then((r) => {
        if (!r.ok) return void message.error(r.message)
        setSources(r.value.filter((row) => row.state !== 'empty' && row.powerId !== power.id))
        setPicked(undefined)
      })
    }
  }, [open, power, message])

  const submit = async () => {
    if (picked === undefined) return
    setBusy(true)
    const baseVersion = getBaseVersion()
    const r =
      open === 'template'
        ? await api.invoke('flowchart:applyTemplate', { powerId: power.id, templateId: picked, baseVersion })
        : await api.invoke('flowchart:copyFrom', { powerId: power.id, fromPowerId: picked, baseVersion })
    setBusy(false)
    if (!r.ok) return void message.error(r.message)
    const name =
      open === 'template' ? (templates.find((t) => t.id === picked)?.name ?? '') : (sources.find((s) => s.powerId === picked)?.name ?? '')
    void message.success(open === 'template' ? FC.template.applied(name) : FC.copy.copied(name))
    onLoaded(r.value)
    onClose()
  }

  const isTemplate = open === 'template'
  const t = isTemplate ? FC.template : FC.copy
  return (
    <Modal
      open={open !== null}
      title={t.title}
      okText={t.ok}
      okButtonProps={{ disabled: picked === undefined, loading: busy }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {hasNodes && <Alert type="warning" showIcon title={FC.template.replaceWarn} style={{ marginBottom: 12 }} />}
      <Form layout="vertical">
        <Form.Item label={isTemplate ? FC.template.pick : FC.copy.pick}>
          {isTemplate ? (
            <Select aria-label={FC.template.pick} value={picked} options={templateOptions(templates, power).options} onChange={setPicked} />
          ) : sources.length === 0 ? (
            <Alert type="info" title={FC.copy.none} />
          ) : (
            <Select
              aria-label={FC.copy.pick}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={FC.copy.placeholder}
              value={picked}
              options={sources.map((s) => ({ value: s.powerId, label: `${s.code} ${s.name}` }))}
              onChange={setPicked}
            />
          )}
        </Form.Item>
      </Form>
    </Modal>
  )
}
