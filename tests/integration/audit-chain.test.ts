/** Every change writes one audit entry; the entries form an SM3 chain that tampering breaks. */
import { describe, expect } from 'vitest'
import { AUDIT_GENESIS, verifyAuditChain } from '../../electron/core/audit/audit.repo'
import { sm3Hex } from '../../electron/core/crypto/sm3'
import { auditCount, seedSmallOrg, VALID_CREDIT_CODE } from '../helpers/org-fixture'
import { coreTest as test, okValue } from '../helpers/test-core'

interface AuditRow {
  id: number
  at: string
  actor: string
  action: string
  entity: string
  entity_id: string | null
  detail: string
  prev_hash: string
  hash: string
}

describe('audit log', () => {
  test('one entry per change, none for reads or refusals, in a verifying chain', async ({ core }) => {
    expect(auditCount(core)).toBe(0)
    expect(verifyAuditChain(core.ws.db)).toEqual({ ok: true, count: 0 })

    const org = await seedSmallOrg(core) // 3 departments + 5 persons + 3 posts + 1 assignment
    expect(auditCount(core)).toBe(12)

    okValue(await core.invoke('department:update', { id: org.office, name: '办公室', duties: '新职责' }))
    okValue(await core.invoke('unit:save', { name: '某局', creditCode: VALID_CREDIT_CODE, unitType: '行政机关' }))
    okValue(await core.invoke('post:delete', { id: org.filingPost }))
    await core.invoke('department:list', undefined)
    await core.invoke('person:list', { search: '张' })
    await core.invoke('dashboard:stats', undefined)
    await core.invoke('department:delete', { id: org.finance }) // refused: IN_USE
    expect(auditCount(core)).toBe(15)

    const rows = core.ws.sqlite.prepare('select * from audit_log order by id').all() as AuditRow[]
    expect(rows.slice(-3).map((r) => [r.action, r.entity])).toEqual([
      ['update', 'department'],
      ['save', 'unit'],
      ['delete', 'post'],
    ])
    expect(rows.every((r) => r.actor === '测试' && !Number.isNaN(Date.parse(r.at)))).toBe(true)
    expect(JSON.parse(rows[0]?.detail ?? '{}')).toMatchObject({ name: '办公室' })
    expect(rows[0]?.prev_hash).toBe(AUDIT_GENESIS)
    rows.forEach((r, i) => {
      expect(r.hash).toMatch(/^[0-9a-f]{64}$/)
      if (i > 0) expect(r.prev_hash).toBe(rows[i - 1]?.hash)
    })
    // the chain is SM3 over the documented fields
    const first = rows[0]
    if (first) {
      const fields = [first.prev_hash, first.at, first.actor, first.action, first.entity, first.entity_id ?? '', first.detail]
      expect(first.hash).toBe(sm3Hex(fields.join('\u001f')))
    }
    expect(verifyAuditChain(core.ws.db)).toEqual({ ok: true, count: 15 })
  })

  test('editing any field of an entry breaks verification at that entry', async ({ core }) => {
    await seedSmallOrg(core)
    const edits = [
      `update audit_log set detail = '{"name":"改过"}' where id = 5`,
      `update audit_log set actor = '他人' where id = 5`,
      `update audit_log set at = '2000-01-01T00:00:00.000Z' where id = 5`,
      `update audit_log set entity_id = '99' where id = 5`,
    ]
    for (const edit of edits) {
      const saved = core.ws.sqlite.prepare('select * from audit_log where id = 5').get() as AuditRow
      core.ws.sqlite.exec(edit)
      expect(verifyAuditChain(core.ws.db), edit).toEqual({ ok: false, brokenAt: 5 })
      core.ws.sqlite
        .prepare('update audit_log set detail = ?, actor = ?, at = ?, entity_id = ? where id = 5')
        .run(saved.detail, saved.actor, saved.at, saved.entity_id)
      expect(verifyAuditChain(core.ws.db)).toEqual({ ok: true, count: 12 })
    }
  })

  test('deleting an entry, or recomputing one hash, breaks the entry after it', async ({ core }) => {
    await seedSmallOrg(core)
    core.ws.sqlite.exec('delete from audit_log where id = 7')
    expect(verifyAuditChain(core.ws.db)).toEqual({ ok: false, brokenAt: 8 })

    // A forger who rewrites entry 8 and recomputes its hash still breaks the link to entry 9.
    const row8 = core.ws.sqlite.prepare('select * from audit_log where id = 8').get() as AuditRow
    const prev = (core.ws.sqlite.prepare('select hash from audit_log where id = 6').get() as { hash: string }).hash
    const forged = sm3Hex([prev, row8.at, row8.actor, row8.action, row8.entity, row8.entity_id ?? '', row8.detail].join('\u001f'))
    core.ws.sqlite.prepare('update audit_log set prev_hash = ?, hash = ? where id = 8').run(prev, forged)
    expect(verifyAuditChain(core.ws.db)).toEqual({ ok: false, brokenAt: 9 })
  })
})
