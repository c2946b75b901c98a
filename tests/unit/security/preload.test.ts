/**
 * The built preload must run in Electron's sandbox: a CommonJS script (no import/export) whose
 * only require() is 'electron', exposing window.api.invoke for the contract's channels only.
 * The test runs the real bundle with a fake 'electron' module.
 */
import { Script } from 'node:vm'
import { describe, expect, it, vi } from 'vitest'
import { IPC_INVOKE_CHANNEL } from '../../../electron/main/ipc.channel'
import { CHANNELS } from '../../../shared/contract'
import { readBuilt } from './built-output'

const PRELOAD = 'out/preload/index.cjs'

interface Loaded {
  required: string[]
  exposed: Record<string, unknown>
  api: { invoke: (channel: unknown, input?: unknown) => Promise<unknown> }
  ipcInvoke: ReturnType<typeof vi.fn>
}

function loadPreload(ipcInvoke = vi.fn(async (_name: string, channel: string) => ({ ok: true, value: `answer:${channel}` }))): Loaded {
  const code = readBuilt(PRELOAD)
  const required: string[] = []
  const exposed: Record<string, unknown> = {}
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
    ipcRenderer: { invoke: ipcInvoke },
  }
  const fakeRequire = (id: string): unknown => {
    required.push(id)
    if (id === 'electron') return electron
    throw new Error(`the sandboxed preload may not require '${id}'`)
  }
  const module = { exports: {} }
  // Runs the built bundle under test with the fake require.
  new Function('require', 'module', 'exports', code)(fakeRequire, module, module.exports)
  return { required, exposed, api: exposed.api as Loaded['api'], ipcInvoke }
}

describe('built preload (out/preload/index.cjs)', () => {
  it('is a classic CommonJS script: no import or export statements', () => {
    const code = readBuilt(PRELOAD)
    expect(() => new Script(code, { filename: PRELOAD })).not.toThrow()
    expect(code).not.toMatch(/^\s*(import|export)\s/m)
    expect(code).not.toMatch(/\bimport\s*\(/)
    expect(code).not.toMatch(/\bimport\.meta\b/)
  })

  it("requires nothing but 'electron'", () => {
    const { required } = loadPreload()
    expect(required).toEqual(['electron'])
    const code = readBuilt(PRELOAD)
    const ids = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1])
    expect(new Set(ids)).toEqual(new Set(['electron']))
  })

  it('exposes exactly window.api with one function, invoke', () => {
    const { exposed, api } = loadPreload()
    expect(Object.keys(exposed)).toEqual(['api'])
    expect(Object.keys(api)).toEqual(['invoke'])
    expect(typeof api.invoke).toBe('function')
  })

  it('forwards every contract channel over the one IPC channel main listens on', async () => {
    const { api, ipcInvoke } = loadPreload()
    for (const channel of CHANNELS) {
      await expect(api.invoke(channel, { a: 1 })).resolves.toEqual({ ok: true, value: `answer:${channel}` })
      expect(ipcInvoke).toHaveBeenLastCalledWith(IPC_INVOKE_CHANNEL, channel, { a: 1 })
    }
    expect(ipcInvoke).toHaveBeenCalledTimes(CHANNELS.length)
  })

  it.each([
    ['a non-string channel', 42],
    ['an object channel', { toString: () => 'app:info' }],
    ['undefined', undefined],
    ['an unknown channel', 'fs:read'],
    ['a raw Electron channel', 'sunlight:invoke'],
    ['an inherited property name', 'constructor'],
    ['__proto__', '__proto__'],
    ['a channel with extra spaces', ' app:info'],
  ])('refuses %s without calling main', async (_label, channel) => {
    const { api, ipcInvoke } = loadPreload()
    await expect(api.invoke(channel)).resolves.toMatchObject({ ok: false, code: 'UNKNOWN_CHANNEL', message: expect.stringMatching(/[\u4e00-\u9fff]/) })
    expect(ipcInvoke).not.toHaveBeenCalled()
  })

  it('turns a failed IPC call (e.g. uncloneable input) into a Result, not a rejection', async () => {
    const { api } = loadPreload(vi.fn(() => Promise.reject(new Error('An object could not be cloned.'))))
    await expect(api.invoke('app:info', () => {})).resolves.toMatchObject({ ok: false, code: 'INTERNAL' })
  })
})
