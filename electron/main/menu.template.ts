/** The Chinese application menu (pure: built from options, installed by index.ts). */
import type { MenuItemConstructorOptions } from 'electron'
import { MSG } from './messages'

export interface MenuOptions {
  /** DevTools and reload only in development (an unpackaged app). */
  isDev: boolean
  onAbout: () => void
}

export function menuTemplate(opts: MenuOptions): MenuItemConstructorOptions[] {
  const m = MSG.menu
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: m.resetZoom },
    { role: 'zoomIn', label: m.zoomIn },
    { role: 'zoomOut', label: m.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: m.fullscreen },
  ]
  if (opts.isDev) {
    view.unshift({ role: 'reload', label: m.reload }, { type: 'separator' })
    view.push({ type: 'separator' }, { role: 'toggleDevTools', label: m.devTools })
  }
  return [
    { label: m.file, submenu: [{ role: 'quit', label: m.quit }] },
    {
      label: m.edit,
      submenu: [
        { role: 'undo', label: m.undo },
        { role: 'redo', label: m.redo },
        { type: 'separator' },
        { role: 'cut', label: m.cut },
        { role: 'copy', label: m.copy },
        { role: 'paste', label: m.paste },
        { role: 'selectAll', label: m.selectAll },
      ],
    },
    { label: m.view, submenu: view },
    { label: m.help, submenu: [{ label: m.about, click: () => opts.onAbout() }] },
  ]
}
