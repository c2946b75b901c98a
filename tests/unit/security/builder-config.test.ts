/**
 * electron-builder.yml is complete and valid for electron-builder 26. Packaging itself cannot run
 * here (it downloads Electron), so the config is loaded and validated with electron-builder's own
 * loader and JSON-schema validator (app-builder-lib, installed with electron-builder).
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import type { Configuration } from 'app-builder-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import { APP_ID } from '../../../electron/main/startup.options'

const root = resolve(__dirname, '../../..')
const require = createRequire(import.meta.url)
const { getConfig } = require('app-builder-lib/out/util/config/load') as typeof import('app-builder-lib/out/util/config/load')
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as typeof import('app-builder-lib/out/util/config/config')
const debugLogger = { isEnabled: false, add: () => {} } as unknown as Parameters<typeof validateConfiguration>[1]

type TargetEntry = { target: string; arch?: string[] }

let config: Configuration

beforeAll(async () => {
  const loaded = await getConfig<Configuration>({ packageKey: 'build', configFilename: 'electron-builder', projectDir: root, packageMetadata: null })
  expect(loaded?.configFile).toBe(join(root, 'electron-builder.yml'))
  config = loaded!.result
})

function targets(platform: { target?: unknown } | null | undefined): TargetEntry[] {
  return (platform?.target ?? []) as TargetEntry[]
}

describe('electron-builder.yml', () => {
  it('passes electron-builder 26 schema validation', async () => {
    await expect(validateConfiguration(config, debugLogger)).resolves.toBeUndefined()
  }, 30_000) // the JSON-schema compile takes 1-2 s alone, 7-12 s on a loaded 2-core machine

  it('the validator really rejects unknown keys (so the check above means something)', async () => {
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, noSuchOption: true } as never }, debugLogger)).rejects.toThrow(
      /does not match the API schema/,
    )
  }, 30_000)

  it('names the app and matches the AppUserModelID set by Electron main', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { productName: string; main: string }
    expect(config.appId).toBe(APP_ID)
    expect(config.productName).toBe('阳光权力自查台')
    expect(pkg.productName).toBe(config.productName)
    expect(pkg.main).toBe('./out/main/index.js')
  })

  it('packages only the build output, without source maps', () => {
    expect(config.directories?.output).toBe('dist')
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json', '!**/*.map']))
    expect(config.asar).not.toBe(false)
  })

  it('unpacks better-sqlite3 from asar and rebuilds it for Electron', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**')
    expect(config.npmRebuild).toBe(true)
  })

  it('ships the migrations where the core looks for them (resourcesPath/migrations)', () => {
    const extra = config.extraResources as { from: string; to: string }[]
    expect(extra).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'electron/core/db/migrations', to: 'migrations' })]))
    expect(existsSync(join(root, 'electron/core/db/migrations/meta/_journal.json'))).toBe(true)
    // and the starter libraries where template.service.ts looks (resourcesPath/templates)
    expect(extra).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'resources/templates', to: 'templates' })]))
  })

  it('builds Windows nsis + portable for x64', () => {
    const win = targets(config.win)
    expect(win.map((t) => t.target).sort()).toEqual(['nsis', 'portable'])
    for (const t of win) expect(t.arch).toEqual(['x64'])
  })

  it('builds a Chinese, non-one-click nsis installer that lets the user choose the folder', () => {
    expect(config.nsis?.oneClick).toBe(false)
    expect(config.nsis?.allowToChangeInstallationDirectory).toBe(true)
    expect(String(config.nsis?.language)).toBe('2052')
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false)
  })

  it('builds Linux AppImage + deb for x64 and arm64 (统信UOS, 麒麟)', () => {
    const linux = targets(config.linux)
    expect(linux.map((t) => t.target).sort()).toEqual(['AppImage', 'deb'])
    for (const t of linux) expect([...(t.arch ?? [])].sort()).toEqual(['arm64', 'x64'])
    expect(config.linux?.category).toBe('Office')
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/)
  })

  it('never publishes or updates over the network', () => {
    expect(config.publish).toBeNull()
  })

  it('points at a 512×512 PNG icon', () => {
    const icon = join(root, String(config.icon))
    const png = readFileSync(icon)
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
    expect(png.readUInt32BE(16)).toBe(512)
    expect(png.readUInt32BE(20)).toBe(512)
    expect(config.win?.icon).toBe(config.icon)
    expect(config.linux?.icon).toBe(config.icon)
  })
})
