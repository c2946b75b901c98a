/**
 * Drizzle schema of a unit workspace. Migrations are generated from this file by drizzle-kit
 * (`npm run db:generate`) into ./migrations and are never edited once landed.
 */
import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

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
