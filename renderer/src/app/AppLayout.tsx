import {
  AimOutlined,
  ApartmentOutlined,
  BarChartOutlined,
  ControlOutlined,
  EyeOutlined,
  FileDoneOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  SettingOutlined,
  SunOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons'
import { Alert, Button, Layout, Menu, Tag, Typography, type MenuProps } from 'antd'
import type { ReactNode } from 'react'
import { Outlet, useLocation, useNavigate } from 'react-router'
import { APP_NAME, SECTIONS, SHELL } from './nav.strings'
import { HEADER_BG } from './theme'
import { useWorkspace } from './workspace-context'

// decoration only: a menu item is named by its label ("工作台"), not by its icon ("home")
const ICONS: Record<string, ReactNode> = {
  '/': <HomeOutlined aria-hidden />,
  '/org': <ApartmentOutlined aria-hidden />,
  '/powers': <UnorderedListOutlined aria-hidden />,
  '/risks': <AimOutlined aria-hidden />,
  '/grading': <BarChartOutlined aria-hidden />,
  '/disclosure': <EyeOutlined aria-hidden />,
  '/supervision': <SafetyCertificateOutlined aria-hidden />,
  '/control': <ControlOutlined aria-hidden />,
  '/pledges': <FileDoneOutlined aria-hidden />,
  '/submission': <SendOutlined aria-hidden />,
  '/settings': <SettingOutlined aria-hidden />,
}

const menuItems: MenuProps['items'] = SECTIONS.flatMap((s) => {
  const item = {
    key: s.path,
    icon: ICONS[s.path],
    label: (
      <span className="nav-label">
        <span>{s.label}</span>
        {s.comingSoon && <span className="nav-soon">待开放</span>}
      </span>
    ),
    title: s.label,
  }
  // A divider keeps 设置 apart from the workflow.
  return s.path === '/settings' ? [{ type: 'divider' as const }, item] : [item]
})

/** The menu item of the section on show; none for an address no section owns (the 404 page). */
function selectedKeys(pathname: string): string[] {
  if (pathname === '/' || pathname === '') return ['/']
  const match = SECTIONS.find((s) => s.path !== '/' && (pathname === s.path || pathname.startsWith(`${s.path}/`)))
  return match ? [match.path] : []
}

export function AppLayout() {
  const location = useLocation()
  const navigate = useNavigate()
  const { unitName, loadError, loading, refreshUnit } = useWorkspace()

  return (
    <Layout className="app-shell">
      <Layout.Header className="app-header" style={{ background: HEADER_BG }}>
        <div className="app-brand">
          <SunOutlined className="app-brand-icon" aria-hidden />
          <span className="app-brand-name">{APP_NAME}</span>
        </div>
        <div className="app-unit" data-testid="header-unit">
          {!loading && !loadError && (unitName ? (
            <>
              <span className="app-unit-label">{SHELL.unitLabel}</span>
              <span className="app-unit-name" data-testid="header-unit-name" title={unitName}>
                {unitName}
              </span>
            </>
          ) : (
            <Tag className="app-unit-unset" onClick={() => navigate('/org')}>
              {SHELL.unitUnset}
            </Tag>
          ))}
        </div>
      </Layout.Header>
      <Layout hasSider>
        <Layout.Sider width={212} className="app-sider" theme="light">
          <nav aria-label="工作流程">
            <Menu
              mode="inline"
              items={menuItems}
              selectedKeys={selectedKeys(location.pathname)}
              onClick={({ key }) => navigate(key)}
            />
          </nav>
        </Layout.Sider>
        {/* Layout.Content is the page's one <main> */}
        <Layout.Content className="app-content">
          <div className="app-main">
            {loadError && (
              <Alert
                type="error"
                showIcon
                className="app-load-error"
                title={SHELL.loadFailed}
                description={
                  <Typography.Text>{loadError}</Typography.Text>
                }
                action={<Button onClick={refreshUnit}>{SHELL.retry}</Button>}
              />
            )}
            <Outlet />
          </div>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
