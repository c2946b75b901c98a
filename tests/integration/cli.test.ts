/** The command line as users run it: a child process (`node --import tsx electron/cli/index.ts …`). */
import { spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createDemoWorkspace } from '../../electron/core/demo/demo.service'
import { DEMO_COUNTS, DEMO_CREDIT_CODE, DEMO_DEPARTMENTS, DEMO_UNIT } from '../../electron/core/demo/demo-data'
import { DB_FILE_NAME } from '../../electron/core/paths'
import { validateCreditCode } from '../../shared/credit-code'
import { openTestCore } from '../helpers/test-core'
import { describe, expect, test } from '../helpers/temp-dir'

const ROOT = resolve(__dirname, '..', '..')
const HAN = /\p{Script=Han}/u

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // the bench starts job workers (through tsx from the source tree): give a loaded machine time
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1' },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('cli demo + stats', () => {
  test('demo creates the workspace; stats --json reports what demo-data defines', async ({ dataDir }) => {
    const ws = join(dataDir, '演示 工作区')
    const demo = cli('demo', '--data-dir', ws)
    expect(demo.stderr).toBe('')
    expect(demo.code).toBe(0)
    expect(demo.stdout).toContain('已创建演示工作区：某市交通运输局')
    expect(existsSync(join(ws, DB_FILE_NAME))).toBe(true)

    const stats = cli('stats', '--data-dir', ws, '--json')
    expect(stats.code).toBe(0)
    const lines = stats.stdout.trim().split('\n')
    expect(lines).toHaveLength(1)
    const json = JSON.parse(lines[0] ?? '') as Record<string, unknown>
    expect(json).toMatchObject({
      departments: DEMO_COUNTS.departments,
      posts: DEMO_COUNTS.posts,
      persons: DEMO_COUNTS.persons,
      keyPosts: DEMO_COUNTS.keyPosts,
      activePersons: DEMO_COUNTS.activePersons,
      leadingGroupMembers: DEMO_COUNTS.leadingGroupMembers,
      keyPostsWithoutA: 0,
      keyPostsWithoutB: 0,
    })
    expect(DEMO_COUNTS.departments).toBeGreaterThanOrEqual(9)
    expect(DEMO_COUNTS.persons).toBeGreaterThanOrEqual(8)
    expect(DEMO_COUNTS.keyPosts).toBeGreaterThan(0)

    const table = cli('stats', '--data-dir', ws)
    expect(table.code).toBe(0)
    expect(table.stdout).toMatch(new RegExp(`内设机构\\s+${DEMO_COUNTS.departments}\\n`))

    // The workspace is what the seed describes, entered through the handlers (so also audited).
    const core = openTestCore(ws)
    try {
      const unit = await core.call('unit:get')
      expect(unit).toMatchObject({ name: '某市交通运输局', unitType: '行政机关', supervisor: '某市人民政府' })
      expect(unit?.creditCode).toBe(DEMO_CREDIT_CODE)
      expect(validateCreditCode(DEMO_CREDIT_CODE).ok).toBe(true)
      expect(unit?.contactName).not.toBe('')
      expect(unit?.officeName).toBe(DEMO_UNIT.officeName)
      const roles = unit?.leadingGroup.map((m) => `${m.groupRole}:${m.personTitle}`) ?? []
      expect(roles[0]).toBe('head:党组书记、局长')
      expect(roles.filter((r) => r.startsWith('deputy:'))).toHaveLength(3)

      const persons = await core.call('person:list')
      const count = (level: string) => persons.filter((p) => p.roleLevel === level).length
      expect([count('principal'), count('member'), count('discipline')]).toEqual([1, 3, 1])
      expect(persons.filter((p) => p.title.endsWith('站长') && !p.title.includes('副'))).toHaveLength(3)
      expect(count('middle')).toBeGreaterThan(3)
      expect(count('staff')).toBeGreaterThan(5)

      const posts = await core.call('post:list', { keyOnly: true })
      expect(posts.map((p) => p.name)).toEqual(
        expect.arrayContaining(['财务审核岗', '工程招投标管理岗', '行政许可受理岗', '行政处罚审核岗', '物资采购岗']),
      )
      for (const p of posts) {
        expect(p.a, p.name).not.toBeNull()
        expect(p.b, p.name).not.toBeNull()
        expect(p.a?.id).not.toBe(p.b?.id)
      }
      expect((await core.call('department:list')).map((d) => d.name)).toEqual(DEMO_DEPARTMENTS.map((d) => d.name))
      const audit = core.ws.sqlite.prepare('select count(*) from audit_log').pluck().get()
      expect(audit).toBeGreaterThanOrEqual(DEMO_COUNTS.departments + DEMO_COUNTS.posts + DEMO_COUNTS.persons + 1)
    } finally {
      core.close()
    }
  })

  test('demo refuses a workspace that has data unless --force', async ({ dataDir }) => {
    const core = openTestCore(dataDir)
    await createDemoWorkspace(core)
    core.ws.sqlite.prepare(`insert into departments (name) values ('用户自建科室')`).run()
    core.close()
    const dbPath = join(dataDir, DB_FILE_NAME)

    const refused = cli('demo', '--data-dir', dataDir)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('已有单位“某市交通运输局”的数据')
    expect(refused.stderr).toContain('--force')
    let check = openTestCore(dataDir)
    expect(check.ws.sqlite.prepare('select count(*) from departments').pluck().get()).toBe(DEMO_COUNTS.departments + 1)
    check.close()

    const forced = cli('demo', '--data-dir', dataDir, '--force', '--json')
    expect(forced.code).toBe(0)
    expect(JSON.parse(forced.stdout)).toMatchObject({ departments: DEMO_COUNTS.departments, persons: DEMO_COUNTS.persons })
    check = openTestCore(dataDir)
    expect(check.ws.sqlite.prepare('select count(*) from departments').pluck().get()).toBe(DEMO_COUNTS.departments)
    check.close()
    expect(existsSync(dbPath)).toBe(true)
  })

  test('demo refuses a file that is not a workspace, without touching it', ({ dataDir }) => {
    writeFileSync(join(dataDir, DB_FILE_NAME), 'not a database\n'.repeat(100))
    const r = cli('demo', '--data-dir', dataDir)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('不是有效的数据库文件')
  })

  test('stats never creates a workspace', ({ dataDir }) => {
    const r = cli('stats', '--data-dir', dataDir, '--json')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('没有工作区')
    expect(existsSync(join(dataDir, DB_FILE_NAME))).toBe(false)
  })
})

describe('cli usage errors (child process)', () => {
  test('no arguments print the Chinese help and exit 0', () => {
    const r = cli()
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('用法：npm run cli -- <命令>')
    expect(r.stdout).toMatch(/demo\s+在指定目录创建演示工作区/)
  })

  test('an unknown command or flag exits non-zero with Chinese text', () => {
    const unknown = cli('frobnicate')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('未知命令“frobnicate”')
    expect(unknown.stdout).toBe('')
    const flag = cli('stats', '--data-dri', 'x')
    expect(flag.code).toBe(2)
    expect(flag.stderr).toContain('未知的选项：--data-dri')
    expect(flag.stderr).toMatch(HAN)
  })
})

describe('cli bench', () => {
  test('prints every row as JSON at a small scale (the browser row skipped without a built renderer)', { timeout: 150_000 }, ({ dataDir }) => {
    const r = cli('bench', '--persons', '30', '--departments', '6', '--posts', '40', '--powers', '60', '--charts', '3', '--export-powers', '0', '--runs', '2', '--renderer-dir', dataDir, '--json')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as { scale: object; rows: { item: string; ms: number | null; note: string }[]; dataDir: null }
    expect(out.scale).toEqual({ persons: 30, departments: 6, posts: 40 })
    const items = out.rows.map((row) => row.item)
    expect(items).toEqual(
      expect.arrayContaining(['新建工作区并迁移', '重新打开工作区', 'department:list', 'post:list', 'person:list', 'dashboard:stats', '浏览器首屏（Chromium）', '进程内存（RSS）']),
    )
    for (const row of out.rows.filter((x) => x.item.includes(':'))) {
      expect(row.ms, row.item).toBeTypeOf('number')
      expect(row.note, row.item).not.toContain('失败')
    }
    expect(out.rows.find((x) => x.item === 'post:list')?.note).toContain('返回40条')
    expect(out.rows.find((x) => x.item === '导入60行权责清单')?.note).toContain('新增 60 项')
    expect(out.rows.find((x) => x.item === 'power:list（全部）')?.note).toContain('命中60项')
    expect(out.rows.find((x) => x.item === '导出60项（docx）')?.ms).toBeTypeOf('number')
    expect(out.rows.find((x) => x.item === '浏览器首屏（Chromium）')?.note).toMatch(/^跳过/)
    expect(out.rows.find((x) => x.item === '流程图自动排版（60个环节，elkjs）')?.ms).toBeTypeOf('number')
    expect(out.rows.find((x) => x.item === '流程图渲染 PNG（3张）')?.ms).toBeTypeOf('number')
    expect(out.rows.find((x) => x.item === '打开编辑器（60个环节）')?.note).toMatch(/^跳过/)
    expect(out.dataDir).toBeNull()
  })
})
