import { Button, Result } from 'antd'
import { HashRouter, Route, Routes, useNavigate } from 'react-router'
import { ComingSoonPage } from '../features/coming-soon/ComingSoonPage'
import { DashboardPage } from '../features/dashboard/DashboardPage'
import { AppLayout } from './AppLayout'
import { FlowchartEditorPage, FlowchartsPage, OrgPage, PowersPage, SettingsPage } from './lazy-pages'
import { SECTIONS, SHELL } from './nav.strings'
import { WorkspaceProvider } from './workspace-context'

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
            <Route path="risks" element={<FlowchartsPage />} />
            <Route path="risks/flowcharts/:powerId" element={<FlowchartEditorPage />} />
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
