import { Tabs } from 'antd'
import { useSearchParams } from 'react-router'
import { PageHeader } from '../../app/PageHeader'
import { DepartmentsTab } from './DepartmentsTab'
import { ORG } from './org.strings'
import { PersonsTab } from './PersonsTab'
import { PostsTab } from './PostsTab'
import { UnitProfileForm } from './UnitProfileForm'

const TAB_KEYS = ['unit', 'departments', 'posts', 'persons'] as const
type TabKey = (typeof TAB_KEYS)[number]
const isTab = (v: string | null): v is TabKey => (TAB_KEYS as readonly (string | null)[]).includes(v)

/** 单位与人员: four tabs; the open tab lives in the URL (?tab=) so reload and links keep it; switching tabs drops a link's filters. */
export function OrgPage() {
  const [params, setParams] = useSearchParams()
  const raw = params.get('tab')
  const active: TabKey = isTab(raw) ? raw : 'unit'
  // a link with other ?search/department/missing remounts the tab, which reads them once
  const linkKey = params.toString()

  return (
    <>
      <PageHeader title={ORG.title} subtitle={ORG.subtitle} />
      <Tabs
        activeKey={active}
        onChange={(key) => setParams(key === 'unit' ? {} : { tab: key }, { replace: true })}
        // Each tab reloads its lists when shown, so counts and A/B holders are never stale.
        destroyOnHidden
        className="org-tabs"
        items={[
          { key: 'unit', label: ORG.tabs.unit, children: <UnitProfileForm key={linkKey} /> },
          { key: 'departments', label: ORG.tabs.departments, children: <DepartmentsTab key={linkKey} /> },
          { key: 'posts', label: ORG.tabs.posts, children: <PostsTab key={linkKey} /> },
          { key: 'persons', label: ORG.tabs.persons, children: <PersonsTab key={linkKey} /> },
        ]}
      />
    </>
  )
}
