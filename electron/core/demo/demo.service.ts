/**
 * Builds the demo workspace through the core's own handlers (`core.call`), so every row is
 * validated exactly as a user's input would be and every change lands in the audit log.
 */
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Core } from '../index'
import { DB_FILE_NAME } from '../paths'
import { DEMO_DEPARTMENTS, DEMO_LEADING_GROUP, DEMO_PERSONS, DEMO_UNIT } from './demo-data'
import { createDemoFlowcharts, type DemoFlowchartsSummary } from './demo-flowcharts'
import { createDemoPowers, type DemoPowersSummary } from './demo-powers'

export interface DemoSummary {
  unitName: string
  departments: number
  posts: number
  keyPosts: number
  persons: number
  assignments: number
  leadingGroupMembers: number
  powers: DemoPowersSummary
  flowcharts: DemoFlowchartsSummary
}

/** True when the workspace holds nothing yet: no unit profile, department, post or person. */
export async function isWorkspaceEmpty(core: Core): Promise<boolean> {
  const s = await core.call('dashboard:stats')
  return !s.unitConfigured && s.departments === 0 && s.posts === 0 && s.persons === 0
}

/** The workspace file and its WAL companions inside `dataDir`. */
export function workspaceFiles(dataDir: string): string[] {
  const db = join(dataDir, DB_FILE_NAME)
  return [db, `${db}-wal`, `${db}-shm`, `${db}-journal`]
}

/** Deletes the workspace file of `dataDir` (nothing else in the folder). The core must be closed. */
export function removeWorkspace(dataDir: string): void {
  for (const f of workspaceFiles(dataDir)) if (existsSync(f)) rmSync(f)
}

function lookup(map: Map<string, number>, name: string, what: string): number {
  const id = map.get(name)
  if (id === undefined) throw new Error(`demo data refers to unknown ${what} "${name}"`)
  return id
}

/** Fills an empty workspace with the demo unit. Call `isWorkspaceEmpty` first. */
export async function createDemoWorkspace(core: Core): Promise<DemoSummary> {
  const departmentIds = new Map<string, number>()
  for (const [i, dep] of DEMO_DEPARTMENTS.entries()) {
    const created = await core.call('department:create', { name: dep.name, duties: dep.duties, sort: (i + 1) * 10 })
    departmentIds.set(dep.name, created.id)
  }

  const personIds = new Map<string, number>()
  for (const [i, p] of DEMO_PERSONS.entries()) {
    const created = await core.call('person:create', {
      name: p.name,
      title: p.title,
      roleLevel: p.roleLevel,
      departmentId: p.department === null ? null : lookup(departmentIds, p.department, 'department'),
      active: p.active !== false,
      sort: (i + 1) * 10,
    })
    personIds.set(p.name, created.id)
  }

  let posts = 0
  let keyPosts = 0
  let assignments = 0
  for (const dep of DEMO_DEPARTMENTS) {
    const departmentId = lookup(departmentIds, dep.name, 'department')
    for (const [i, p] of dep.posts.entries()) {
      const post = await core.call('post:create', {
        departmentId,
        name: p.name,
        duties: p.duties,
        isKey: p.isKey,
        sort: (i + 1) * 10,
      })
      posts++
      if (p.isKey) keyPosts++
      if (p.a || p.b) {
        await core.call('post:assign', {
          postId: post.id,
          aPersonId: p.a ? lookup(personIds, p.a, 'person') : null,
          bPersonId: p.b ? lookup(personIds, p.b, 'person') : null,
        })
        assignments += (p.a ? 1 : 0) + (p.b ? 1 : 0)
      }
    }
  }

  const { officeDepartment, ...unitFields } = DEMO_UNIT
  const unit = await core.call('unit:save', {
    ...unitFields,
    officeDepartmentId: lookup(departmentIds, officeDepartment, 'department'),
    leadingGroup: DEMO_LEADING_GROUP.map((m) => ({
      personId: lookup(personIds, m.name, 'person'),
      groupRole: m.groupRole,
    })),
  })

  const powers = await createDemoPowers(core)
  const flowcharts = await createDemoFlowcharts(core)

  return {
    unitName: unit.name,
    powers,
    flowcharts,
    departments: departmentIds.size,
    posts,
    keyPosts,
    persons: personIds.size,
    assignments,
    leadingGroupMembers: unit.leadingGroup.length,
  }
}
