import type { ChannelOutput } from '@shared/contract'
import { Alert, Card, Descriptions, Skeleton, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { PageHeader } from '../../app/PageHeader'
import { api } from '../../lib/api'

type AppInfo = ChannelOutput<'app:info'>

const MODE_LABELS: Record<AppInfo['mode'], string> = {
  electron: '桌面程序',
  browser: '浏览器模式（本机服务）',
  cli: '命令行',
}

/** 设置: what is known about this installation today; configurable settings arrive with later steps. */
export function SettingsPage() {
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    void api.invoke('app:info').then((r) => {
      if (!live) return
      if (r.ok) setInfo(r.value)
      else setError(r.message)
    })
    return () => {
      live = false
    }
  }, [])

  return (
    <>
      <PageHeader title="设置" subtitle="程序与数据存放位置" />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Card title="关于本程序">
        {info ? (
          <Descriptions column={1} bordered size="middle" styles={{ label: { width: 160 } }}>
            <Descriptions.Item label="程序名称">{info.name}</Descriptions.Item>
            <Descriptions.Item label="版本">
              <span data-testid="app-version">{info.version}</span>
            </Descriptions.Item>
            <Descriptions.Item label="数据库结构版本">{info.schemaVersion}</Descriptions.Item>
            <Descriptions.Item label="运行方式">{MODE_LABELS[info.mode]}</Descriptions.Item>
            <Descriptions.Item label="数据存放位置">
              <Typography.Text copyable code data-testid="data-dir">
                {info.dataDir}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        ) : (
          !error && <Skeleton active paragraph={{ rows: 4 }} />
        )}
      </Card>
      <Card title="说明" style={{ marginTop: 16 }}>
        <Typography.Paragraph>
          全部数据只保存在本机的上述位置，程序不会访问任何网络。请定期备份该文件夹。
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          风险评级权重与阈值、权力类别和风险类别目录等设置，将随“三·评权”等步骤一同开放。
        </Typography.Paragraph>
      </Card>
    </>
  )
}
