import { desc } from 'drizzle-orm'
import type { Db } from '../db/client'
import { auditLog } from '../db/schema'
import { sm3Hex } from '../crypto/sm3'

export const AUDIT_GENESIS = '0'.repeat(64)

export interface AuditEntry {
  actor: string
  action: 'create' | 'update' | 'delete' | 'assign' | 'save' | 'import' | 'demo' | 'move'
  entity: string
  entityId?: string | number | null
  detail?: unknown
}

function chainHash(prev: string, at: string, e: AuditEntry, detail: string): string {
  return sm3Hex([prev, at, e.actor, e.action, e.entity, e.entityId ?? '', detail].join('\u001f'))
}

/** Appends one entry; call inside the transaction that makes the change so both land or neither. */
export function recordAudit(db: Db, e: AuditEntry): void {
  const last = db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()
  const prevHash = last?.hash ?? AUDIT_GENESIS
  const at = new Date().toISOString()
  const detail = JSON.stringify(e.detail ?? {})
  db.insert(auditLog)
    .values({
      at,
      actor: e.actor,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId == null ? null : String(e.entityId),
      detail,
      prevHash,
      hash: chainHash(prevHash, at, e, detail),
    })
    .run()
}

/** Walks the chain; returns the id of the first broken entry, or null when intact. */
export function verifyAuditChain(db: Db): { ok: true; count: number } | { ok: false; brokenAt: number } {
  const rows = db.select().from(auditLog).orderBy(auditLog.id).all()
  let prev = AUDIT_GENESIS
  for (const r of rows) {
    const expected = chainHash(
      prev,
      r.at,
      { actor: r.actor, action: r.action as AuditEntry['action'], entity: r.entity, entityId: r.entityId },
      r.detail,
    )
    if (r.prevHash !== prev || r.hash !== expected) return { ok: false, brokenAt: r.id }
    prev = r.hash
  }
  return { ok: true, count: rows.length }
}
