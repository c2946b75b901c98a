import { Button, Result, Skeleton } from 'antd'
import { lazy, Suspense } from 'react'
import { HashRouter, Route, Routes, useNavigate } from 'react-router'
import { ComingSoonPage } from '../features/coming-soon/ComingSoonPage'
import { DashboardPage } from '../features/dashboard/DashboardPage'
import { AppLayout } from './AppLayout'
import { OrgPage, PowersPage, SettingsPage } from './lazy-pages'
import { SECTIONS, SHELL } from './nav.strings'
import { WorkspaceProvider } from './workspace-context'

// 二·查点 lives in its own chunk with @xyflow/react and elkjs, never in the first-screen bundle
const FlowchartsPage = lazy(() => import('../features/flowcharts/FlowchartsPage'))
const FlowchartEditorPage = lazy(() => import('../features/flowcharts/FlowchartEditorPage'))
const pageFallback = <Skeleton active paragraph={{ rows: 8 }} />

function NotFound() {
  const navigate = useNavigate()
  return (
    <Result
      status="404"
      title={SHELL.notFound}
      subTitle={SHELL.notFoundHint}
      extra={<Button onClick={() => navigate('/')}>返回工作台</Button>}
    />
  )
}

/** Hash routing: works the same from file://, a custom protocol and the browser host. */
export function App() {
  return (
    <HashRouter>
      <WorkspaceProvider>
        <Routes>
          <Route element={<AppLayout />}>
            <Route index element={<DashboardPage />} />
            <Route path="org" element={<OrgPage />} />
            <Route path="powers" element={<PowersPage />} />
            <Route path="risks" element={<Suspense fallback={pageFallback}><FlowchartsPage /></Suspense>} />
            <Route path="risks/flowcharts/:powerId" element={<Suspense fallback={pageFallback}><FlowchartEditorPage /></Suspense>} />
            <Route path="settings" element={<SettingsPage />} />
            {SECTIONS.filter((s) => s.comingSoon).map((s) => (
              <Route key={s.path} path={s.path.slice(1)} element={<ComingSoonPage section={s} />} />
            ))}
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </WorkspaceProvider>
    </HashRouter>
  )
}
