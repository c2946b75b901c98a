import { assignmentInputSchema, type Post } from '@shared/domain/org.schema'
import { Alert, Form, Select } from 'antd'
import { CLEARABLE } from '../../lib/a11y'
import { api } from '../../lib/api'
import { applySchemaIssues } from '../../lib/form-rules'
import { useLastNonNull } from '../../lib/use-last'
import { FormModal } from '../../components/FormModal'
import { ORG } from './org.strings'
import { useList } from '../../lib/use-list'

type Values = { aPersonId?: number | null; bPersonId?: number | null }
const S = ORG.assign

/** Picks the A岗 (主办) and B岗 (替补) holders of one post among active persons. */
export function AssignmentModal({ post, onClose }: { post: Post | null; onClose(saved: boolean): void }) {
  const [form] = Form.useForm<Values>()
  const shown = useLastNonNull(post)
  const persons = useList('person:list', { activeOnly: true })
  const options = persons.items.map((p) => ({
    value: p.id,
    label: p.title ? `${p.name}（${p.title}）` : p.name,
    dept: p.departmentName,
  }))

  const toInput = (v: Values) => ({ postId: shown?.id ?? 0, aPersonId: v.aPersonId ?? null, bPersonId: v.bPersonId ?? null })

  const submit = async (v: Values) => {
    const r = await api.invoke('post:assign', toInput(v))
    return r.ok ? null : r
  }

  const select = (
    <Select
      allowClear={CLEARABLE}
      placeholder={S.pick}
      loading={persons.loading}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      optionRender={(o) => (
        <span className="person-option">
          <span>{o.data.label}</span>
          {o.data.dept && <span className="person-option-dept">{o.data.dept}</span>}
        </span>
      )}
    />
  )

  return (
    <FormModal<Values>
      open={post !== null}
      title={S.title(shown?.name ?? '')}
      name="assign"
      form={form}
      initialValues={{ aPersonId: shown?.a?.id ?? null, bPersonId: shown?.b?.id ?? null }}
      fields={['aPersonId', 'bPersonId']}
      precheck={(v) => applySchemaIssues(form, assignmentInputSchema, toInput(v))}
      onSubmit={submit}
      successText={ORG.common.saved}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={S.intro} style={{ marginBottom: 16 }} />
      {!persons.loading && options.length === 0 && <Alert type="warning" showIcon title={S.noActive} style={{ marginBottom: 16 }} />}
      {persons.error && <Alert type="error" showIcon title={persons.error} style={{ marginBottom: 16 }} />}
      <Form.Item label={S.a} name="aPersonId">
        {select}
      </Form.Item>
      <Form.Item label={S.b} name="bPersonId" dependencies={['aPersonId']}>
        {select}
      </Form.Item>
    </FormModal>
  )
}
