import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import type { ReactNode } from 'react'
import { appTheme } from './theme'

dayjs.locale('zh-cn')

/**
 * Old intranet PCs and remote desktops render animations poorly, and some users ask the system
 * for less motion: honour "prefers-reduced-motion" by turning antd's motion off.
 */
const reducedMotion =
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches

/** antd in Chinese with the app theme; `AntApp` gives message/modal that follow the theme. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider
      locale={zhCN}
      theme={reducedMotion ? { ...appTheme, token: { ...appTheme.token, motion: false } } : appTheme}
      // Keep button text exactly as written (antd would render “确定” as “确 定”).
      button={{ autoInsertSpace: false }}
    >
      <AntApp message={{ maxCount: 3, duration: 2.5 }}>{children}</AntApp>
    </ConfigProvider>
  )
}
