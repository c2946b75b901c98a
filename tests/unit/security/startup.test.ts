import { join, resolve } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuTemplate } from '../../../electron/main/menu.template'
import { dataDirArg, findNativeBinding, isNativeModuleMismatch } from '../../../electron/main/startup.options'

describe('dataDirArg', () => {
  it('reads --data-dir DIR and --data-dir=DIR, resolved against the working folder', () => {
    expect(dataDirArg(['electron', '.', '--data-dir', 'ws'], '/home/u')).toBe(resolve('/home/u', 'ws'))
    expect(dataDirArg(['electron', '.', '--data-dir=/tmp/w'], '/home/u')).toBe(resolve('/tmp/w'))
  })

  it('returns undefined when absent or without a value', () => {
    expect(dataDirArg(['electron', '.'])).toBeUndefined()
    expect(dataDirArg(['electron', '.', '--data-dir'])).toBeUndefined()
    expect(dataDirArg(['electron', '.', '--data-dir', '--port'])).toBeUndefined()
    expect(dataDirArg(['electron', '.', '--data-dir='])).toBeUndefined()
  })
})

describe('findNativeBinding', () => {
  const project = resolve('/proj')
  const devBuild = join(project, '.electron-native', 'better_sqlite3.node')

  it('prefers SUNLIGHT_NATIVE_BINDING', () => {
    const exists = vi.fn(() => true)
    expect(findNativeBinding({ env: { SUNLIGHT_NATIVE_BINDING: '/x/b.node' }, projectRoot: project, isPackaged: false, exists })).toBe(
      resolve('/x/b.node'),
    )
  })

  it('uses the development build for Electron when it exists', () => {
    expect(findNativeBinding({ env: {}, projectRoot: project, isPackaged: false, exists: (p) => p === devBuild })).toBe(devBuild)
    expect(findNativeBinding({ env: {}, projectRoot: project, isPackaged: false, exists: () => false })).toBeUndefined()
  })

  it('uses the module electron-builder rebuilt when packaged', () => {
    expect(findNativeBinding({ env: {}, projectRoot: project, isPackaged: true, exists: () => true })).toBeUndefined()
  })
})

describe('isNativeModuleMismatch', () => {
  it('recognises the ABI mismatch errors', () => {
    expect(isNativeModuleMismatch({ code: 'ERR_DLOPEN_FAILED', message: 'x' })).toBe(true)
    expect(
      isNativeModuleMismatch(new Error('The module was compiled against a different Node.js version using NODE_MODULE_VERSION 115.')),
    ).toBe(true)
    expect(isNativeModuleMismatch(new Error('disk full'))).toBe(false)
    expect(isNativeModuleMismatch(null)).toBe(false)
  })
})

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ])
}

describe('menuTemplate', () => {
  it('has the four Chinese menus', () => {
    const labels = menuTemplate({ isDev: false, onAbout: () => {} }).map((m) => m.label)
    expect(labels).toEqual(['文件', '编辑', '视图', '帮助'])
  })

  it('offers no DevTools and no reload in production, both in development', () => {
    const prod = roles(menuTemplate({ isDev: false, onAbout: () => {} }))
    expect(prod).not.toContain('toggleDevTools')
    expect(prod).not.toContain('reload')
    expect(prod).toEqual(expect.arrayContaining(['quit', 'copy', 'paste', 'undo']))
    const dev = roles(menuTemplate({ isDev: true, onAbout: () => {} }))
    expect(dev).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']))
  })

  it('labels every item in Chinese', () => {
    const walk = (items: MenuItemConstructorOptions[]): void => {
      for (const item of items) {
        if (item.type === 'separator') continue
        expect(item.label, JSON.stringify(item)).toMatch(/[\u4e00-\u9fff]/)
        if (Array.isArray(item.submenu)) walk(item.submenu)
      }
    }
    walk(menuTemplate({ isDev: true, onAbout: () => {} }))
  })

  it('calls onAbout from 帮助 → 关于', () => {
    const onAbout = vi.fn()
    const help = menuTemplate({ isDev: false, onAbout }).find((m) => m.label === '帮助')
    const about = (help?.submenu as MenuItemConstructorOptions[])[0]
    ;(about?.click as () => void)()
    expect(onAbout).toHaveBeenCalledTimes(1)
  })
})
