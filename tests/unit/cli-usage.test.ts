/** The command line's parsing and help, run in-process (the child-process runs are in tests/integration/cli.test.ts). */
import { describe, expect, it } from 'vitest'
import { COMMANDS, runCli } from '../../electron/cli/cli.runner'
import { displayWidth, formatTable } from '../../electron/cli/table.format'

async function run(...args: string[]) {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) })
  return { code, out, err }
}

describe('cli help', () => {
  it.each([[[]], [['help']], [['--help']], [['-h']]])('%j prints the Chinese help', async (args) => {
    const r = await run(...args)
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    expect(r.out).toContain('用法：npm run cli -- <命令> [选项]')
    for (const c of COMMANDS) expect(r.out).toContain(`${c.name}`)
  })

  it.each(COMMANDS.map((c) => c.name))('help %s and %s --help print its usage', async (name) => {
    const a = await run('help', name)
    const b = await run(name, '--help')
    expect(a.code).toBe(0)
    expect(a.out).toContain(`用法：npm run cli -- ${name}`)
    expect(b.out).toBe(a.out)
  })

  it('help for a command that does not exist is a usage error', async () => {
    const r = await run('help', 'nope')
    expect(r.code).toBe(2)
    expect(r.err).toContain('没有名为“nope”的命令')
  })
})

describe('cli usage errors', () => {
  it.each([
    [['frobnicate'], '未知命令“frobnicate”'],
    [['constructor'], '未知命令“constructor”'],
    [['demo', '--data-dri', 'x'], '未知的选项：--data-dri'],
    [['demo', '--data-dir'], '选项 --data-dir 缺少取值'],
    [['demo', '--data-dir', '  '], '缺少必填选项 --data-dir'],
    [['demo'], '缺少必填选项 --data-dir'],
    [['stats', 'extra'], '多余的参数：extra'],
    [['stats', '--json=yes'], '选项 --json 不接受取值'],
    [['bench', '--persons', 'many'], '选项 --persons 的取值“many”无效'],
    [['bench', '--persons', '0'], '应为 1–100000 之间的整数'],
    [['bench', '--runs', '1.5'], '选项 --runs 的取值“1.5”无效'],
    [['bench', '--posts', '-3'], '选项 --posts'],
  ])('%j exits 2 with “%s”', async (args, text) => {
    const r = await run(...args)
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toContain(text)
  })
})

describe('cli tables', () => {
  it('measures Chinese characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3)
    expect(displayWidth('内设机构')).toBe(8)
    expect(displayWidth('A/B岗（人次）')).toBe(13)
  })

  it('aligns columns with mixed Chinese and ASCII text', () => {
    const lines = formatTable(['项目', '数量'], [['内设机构', 12], ['post:list', 400]], ['left', 'right']).split('\n')
    const widths = lines.map(displayWidth)
    expect(new Set(widths.slice(1)).size).toBe(1)
    expect(lines[2]).toMatch(/^内设机构\s+12$/)
    expect(lines[3]).toMatch(/^post:list\s+400$/)
  })
})
