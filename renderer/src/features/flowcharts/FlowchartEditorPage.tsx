/** One power's chart: loads it and the unit's posts, then hands both to the editor. */
import type { Flowchart } from '@shared/domain/flowchart.schema'
import { ReactFlowProvider } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { Alert, Button, Skeleton, Space } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { PageHeader } from '../../app/PageHeader'
import { api } from '../../lib/api'
import { FlowEditor } from './editor/FlowEditor'
import type { PostOption } from './editor/Inspector'
import { FC } from './flowcharts.strings'
import './flowcharts.css'

export default function FlowchartEditorPage() {
  const navigate = useNavigate()
  const powerId = Number(useParams().powerId)
  const [loaded, setLoaded] = useState<{ chart: Flowchart; posts: PostOption[] } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [reloads, setReloads] = useState(0)

  useEffect(() => {
    let live = true
    void Promise.all([api.invoke('flowchart:get', { powerId }), api.invoke('post:list')]).then(([c, p]) => {
      if (!live) return
      if (!c.ok) return setError(c.message)
      if (!p.ok) return setError(p.message)
      setError(null)
      setLoaded({ chart: c.value, posts: p.value.map((x) => ({ value: x.id, label: `${x.departmentName} / ${x.name}` })) })
    })
    return () => {
      live = false
    }
  }, [powerId, reloads])

  const reload = useCallback(() => {
    setLoaded(null)
    setReloads((n) => n + 1)
  }, [])

  const power = loaded?.chart.power
  return (
    <div className="page fc-page">
      <PageHeader
        title={power ? `${power.name}` : FC.editor.loading}
        subtitle={
          power && (
            <Space>
              <span>{power.code}</span>
              <span>{power.typeName}</span>
              {power.departmentName && <span>{power.departmentName}</span>}
            </Space>
          )
        }
        extra={<Button onClick={() => navigate('/risks')}>{FC.editor.back}</Button>}
      />
      {error && <Alert type="error" showIcon title={error} />}
      {!loaded && !error && <Skeleton active paragraph={{ rows: 8 }} />}
      {loaded && (
        <ReactFlowProvider>
          <FlowEditor key={reloads} chart={loaded.chart} posts={loaded.posts} onReload={reload} />
        </ReactFlowProvider>
      )}
    </div>
  )
}
