/**
 * Drizzle schema of a unit workspace. Migrations are generated from this file by drizzle-kit
 * (`npm run db:generate`) into ./migrations and are never edited once landed.
 */
import { sql } from 'drizzle-orm'
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core'

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`
const timestamps = {
  createdAt: text('created_at').notNull().default(now),
  updatedAt: text('updated_at').notNull().default(now),
}

/** The unit profile: exactly one row (id = 1) per workspace. */
export const unit = sqliteTable(
  'unit',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    creditCode: text('credit_code').notNull(),
    unitType: text('unit_type').notNull(),
    supervisor: text('supervisor').notNull().default(''),
    contactName: text('contact_name').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    officeName: text('office_name').notNull().default(''),
    officeDepartmentId: integer('office_department_id').references(() => departments.id, {
      onDelete: 'restrict',
    }),
    ...timestamps,
  },
  (t) => [check('unit_singleton', sql`${t.id} = 1`)],
)

export const departments = sqliteTable(
  'departments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    duties: text('duties').notNull().default(''),
    sort: integer('sort').notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex('departments_name_uq').on(t.name)],
)

export const posts = sqliteTable(
  'posts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    duties: text('duties').notNull().default(''),
    isKey: integer('is_key', { mode: 'boolean' }).notNull().default(false),
    sort: integer('sort').notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex('posts_dept_name_uq').on(t.departmentId, t.name)],
)

export const persons = sqliteTable(
  'persons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    title: text('title').notNull().default(''),
    roleLevel: text('role_level').notNull(),
    departmentId: integer('department_id').references(() => departments.id, { onDelete: 'restrict' }),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    sort: integer('sort').notNull().default(0),
    ...timestamps,
  },
  (t) => [index('persons_department_idx').on(t.departmentId)],
)

/** A岗 (the holder) and B岗 (the stand-in) of a post: at most one of each. */
export const postAssignments = sqliteTable(
  'post_assignments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'restrict' }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'restrict' }),
    role: text('role', { enum: ['A', 'B'] }).notNull(),
  },
  (t) => [
    uniqueIndex('post_assignments_post_role_uq').on(t.postId, t.role),
    index('post_assignments_person_idx').on(t.personId),
    check('post_assignments_role_ck', sql`${t.role} in ('A','B')`),
  ],
)

/** 领导小组 members (组长 / 副组长 / 成员), each one of the unit's persons. */
export const leadingGroupMembers = sqliteTable(
  'leading_group_members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'restrict' }),
    groupRole: text('group_role').notNull(),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [uniqueIndex('leading_group_person_uq').on(t.personId)],
)

/** Every change, chained by SM3: hash = SM3(prevHash | at | actor | action | entity | entityId | detail). */
export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: text('at').notNull(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id'),
  detail: text('detail').notNull().default('{}'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
})

// ── 一·清权 ─────────────────────────────────────────────────────────────

/** 事项类型: a user-extensible list, seeded with the 10 categories plus 内部管理权. */
export const powerTypes = sqliteTable(
  'power_types',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    sort: integer('sort').notNull().default(0),
    builtin: integer('builtin', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('power_types_name_uq').on(t.name)],
)

/** 行政职权 (a 子项 is a power whose parent_id points at its 事项). */
export const powers = sqliteTable(
  'powers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // short columns first: SQLite stores columns in this order, so list queries never walk the
    // overflow pages of the long texts declared at the end
    code: text('code').notNull(),
    name: text('name').notNull(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => powers.id, { onDelete: 'restrict' }),
    typeId: integer('type_id')
      .notNull()
      .references(() => powerTypes.id, { onDelete: 'restrict' }),
    departmentId: integer('department_id').references(() => departments.id, { onDelete: 'restrict' }),
    status: text('status', { enum: ['pending', 'confirmed', 'cancelled'] }).notNull().default('pending'),
    statusDate: text('status_date'),
    discretion: text('discretion', { enum: ['none', 'narrow', 'wide'] }).notNull().default('none'),
    annualFrequency: integer('annual_frequency'),
    leaderPersonId: integer('leader_person_id').references(() => persons.id, { onDelete: 'restrict' }),
    decisionPostId: integer('decision_post_id').references(() => posts.id, { onDelete: 'restrict' }),
    implementationPostId: integer('implementation_post_id').references(() => posts.id, { onDelete: 'restrict' }),
    isProjectApproval: integer('is_project_approval', { mode: 'boolean' }).notNull().default(false),
    isHighConcern: integer('is_high_concern', { mode: 'boolean' }).notNull().default(false),
    sort: integer('sort').notNull().default(0),
    ...timestamps,
    subject: text('subject').notNull().default(''),
    legalLimit: text('legal_limit').notNull().default(''),
    promisedLimit: text('promised_limit').notNull().default(''),
    supervisionPhone: text('supervision_phone').notNull().default(''),
    /** 行使层级 as a published 权责清单 states it (省、市、县…), free text */
    exerciseLevel: text('exercise_level').notNull().default(''),
    basis: text('basis').notNull().default(''),
    target: text('target').notNull().default(''),
    duties: text('duties').notNull().default(''),
    accountability: text('accountability').notNull().default(''),
    feeBasis: text('fee_basis').notNull().default(''),
    discretionText: text('discretion_text').notNull().default(''),
    statusReason: text('status_reason').notNull().default(''),
    remark: text('remark').notNull().default(''),
  },
  (t) => [
    uniqueIndex('powers_code_uq').on(t.code),
    index('powers_parent_idx').on(t.parentId),
    index('powers_type_idx').on(t.typeId),
    index('powers_department_idx').on(t.departmentId),
    index('powers_status_idx').on(t.status),
  ],
)

/** 责任岗位: one power, one or more posts. */
export const powerPosts = sqliteTable(
  'power_posts',
  {
    powerId: integer('power_id')
      .notNull()
      .references(() => powers.id, { onDelete: 'cascade' }),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.powerId, t.postId] }), index('power_posts_post_idx').on(t.postId)],
)

/** 五公开: 依据、对象、程序、时限、结果 — each 已公开/未公开 plus the medium used. */
export const powerDisclosures = sqliteTable(
  'power_disclosures',
  {
    powerId: integer('power_id')
      .notNull()
      .references(() => powers.id, { onDelete: 'cascade' }),
    item: text('item', { enum: ['basis', 'target', 'procedure', 'timeLimit', 'result'] }).notNull(),
    disclosed: integer('disclosed', { mode: 'boolean' }).notNull().default(false),
    medium: text('medium').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.powerId, t.item] })],
)

// ── 二·查点: 权力运行流程图 ───────────────────────────────────────────────

/** One chart per power; `version` increments on every save so a stale editor cannot overwrite. */
export const flowcharts = sqliteTable('flowcharts', {
  powerId: integer('power_id')
    .primaryKey()
    .references(() => powers.id, { onDelete: 'cascade' }),
  version: integer('version').notNull().default(0),
  ...timestamps,
})

/** A step of a chart. The id is stable for life: risk points and the 流程台帐 pin to it. */
export const flowchartNodes = sqliteTable(
  'flowchart_nodes',
  {
    id: text('id').primaryKey(),
    powerId: integer('power_id')
      .notNull()
      .references(() => flowcharts.powerId, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    label: text('label').notNull(),
    // a deleted post leaves the step without a 承办岗位 (the checks then flag it)
    postId: integer('post_id').references(() => posts.id, { onDelete: 'set null' }),
    days: integer('days'),
    x: real('x').notNull().default(0),
    y: real('y').notNull().default(0),
    sort: integer('sort').notNull().default(0),
    requirement: text('requirement').notNull().default(''),
    supervision: text('supervision').notNull().default(''),
  },
  (t) => [index('flowchart_nodes_power_idx').on(t.powerId), index('flowchart_nodes_post_idx').on(t.postId)],
)

export const flowchartEdges = sqliteTable(
  'flowchart_edges',
  {
    id: text('id').primaryKey(),
    powerId: integer('power_id')
      .notNull()
      .references(() => flowcharts.powerId, { onDelete: 'cascade' }),
    sourceId: text('source_id')
      .notNull()
      .references(() => flowchartNodes.id, { onDelete: 'cascade' }),
    targetId: text('target_id')
      .notNull()
      .references(() => flowchartNodes.id, { onDelete: 'cascade' }),
    label: text('label').notNull().default(''),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [
    index('flowchart_edges_power_idx').on(t.powerId),
    index('flowchart_edges_source_idx').on(t.sourceId),
    index('flowchart_edges_target_idx').on(t.targetId),
  ],
)

/** Chart templates per power type: seeded from resources/flowchart-templates, editable in 设置. */
export const flowchartTemplates = sqliteTable(
  'flowchart_templates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    name: text('name').notNull(),
    /** JSON array of 事项类型 names */
    powerTypes: text('power_types').notNull().default('[]'),
    /** JSON array of words of a power's name that make this template the suggestion */
    keywords: text('keywords').notNull().default('[]'),
    description: text('description').notNull().default(''),
    /** JSON {nodes, edges} (shared/domain/flowchart-template.schema.ts) */
    body: text('body').notNull(),
    builtin: integer('builtin', { mode: 'boolean' }).notNull().default(false),
    sort: integer('sort').notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex('flowchart_templates_key_uq').on(t.key)],
)
