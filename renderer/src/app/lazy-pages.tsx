/**
 * Every workflow section but the first screen (工作台) is a lazily loaded chunk: the entry the
 * browser (or Electron) parses before 工作台 appears stays small, and a heavy library used by one
 * page (a flowchart editor, charts, a signature pad) lands only in that page's chunk.
 *
 * To add a section: `export const XPage = lazyPage(() => import('../features/x/XPage').then((m) => m.XPage))`
 * and route it in App.tsx. Never import a page module statically from the shell.
 */
import { Card, Skeleton } from 'antd'
import { lazy, Suspense, type ComponentType } from 'react'

/** What the user sees while a section's chunk loads (normally a few milliseconds from disk). */
export function PageSkeleton() {
  return (
    <Card data-testid="page-loading" aria-busy="true" aria-label="正在加载页面">
      <Skeleton active paragraph={{ rows: 8 }} />
    </Card>
  )
}

/**
 * A page component whose module loads on first render, shown inside its own Suspense boundary.
 * `preload` is kept so the shell can warm a chunk up before the user clicks (see `preloadPages`).
 */
function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Lazy = lazy(async () => ({ default: await load() }))
  function LazyPage(props: P) {
    return (
      <Suspense fallback={<PageSkeleton />}>
        <Lazy {...props} />
      </Suspense>
    )
  }
  LazyPage.preload = load
  return LazyPage
}

export const OrgPage = lazyPage(() => import('../features/org/OrgPage').then((m) => m.OrgPage))
export const PowersPage = lazyPage(() => import('../features/powers/PowersPage').then((m) => m.PowersPage))
export const SettingsPage = lazyPage(() => import('../features/settings/SettingsPage').then((m) => m.SettingsPage))
export const FlowchartsPage = lazyPage(() => import('../features/flowcharts/FlowchartsPage').then((m) => m.default))
/** @xyflow/react and elkjs live only in this chunk (and the layout worker's); loaded when a chart opens, never preloaded */
export const FlowchartEditorPage = lazyPage(() => import('../features/flowcharts/FlowchartEditorPage').then((m) => m.default))

const PRELOADABLE = [OrgPage, PowersPage, FlowchartsPage, SettingsPage]

/**
 * Fetches every section's chunk once the first screen has settled, so that the first click in the
 * sidebar finds its code in memory. Browsers run this when idle; it never delays 工作台.
 */
export function preloadPages(): void {
  const run = () => PRELOADABLE.forEach((p) => void p.preload().catch(() => undefined))
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 3000 })
  else window.setTimeout(run, 1500)
}
