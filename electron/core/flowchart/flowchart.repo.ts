/** All SQL of the 权力运行流程图: load, save (node ids kept), list with chart state. */
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm'
import { checkFlowchart } from '../../../shared/domain/flowchart.checks'
import {
  type FlowEdge,
  type FlowGraph,
  type Flowchart,
  type FlowchartRow,
  type FlowNode,
  type FlowPower,
  NODE_KINDS,
  type NodeKind,
} from '../../../shared/domain/flowchart.schema'
import { AppError } from '../../../shared/result'
import { recordAudit } from '../audit/audit.repo'
import type { Db } from '../db/client'
import { departments, flowchartEdges, flowchartNodes, flowcharts, posts, powers, powerTypes } from '../db/schema'
import { nowIso } from '../org/like'

const KIND_SET: ReadonlySet<string> = new Set(NODE_KINDS)
const asKind = (k: string): NodeKind => (KIND_SET.has(k) ? (k as NodeKind) : 'custom')

export function getFlowPower(db: Db, powerId: number): FlowPower {
  const p = db
    .select({
      id: powers.id,
      code: powers.code,
      name: powers.name,
      typeName: powerTypes.name,
      departmentName: departments.name,
      legalLimit: powers.legalLimit,
      promisedLimit: powers.promisedLimit,
    })
    .from(powers)
    .innerJoin(powerTypes, eq(powerTypes.id, powers.typeId))
    .leftJoin(departments, eq(departments.id, powers.departmentId))
    .where(eq(powers.id, powerId))
    .get()
  if (!p) throw new AppError('NOT_FOUND', '该职权不存在或已被删除')
  return p
}

const nodeColumns = {
  id: flowchartNodes.id,
  powerId: flowchartNodes.powerId,
  kind: flowchartNodes.kind,
  label: flowchartNodes.label,
  postId: flowchartNodes.postId,
  days: flowchartNodes.days,
  requirement: flowchartNodes.requirement,
  supervision: flowchartNodes.supervision,
  x: flowchartNodes.x,
  y: flowchartNodes.y,
}
type NodeRow = Omit<FlowNode, 'kind'> & { powerId: number; kind: string }

const toNode = ({ powerId: _p, ...r }: NodeRow): FlowNode => ({ ...r, kind: asKind(r.kind) })

export function loadGraph(db: Db, powerId: number): FlowGraph {
  const nodes = db
    .select(nodeColumns)
    .from(flowchartNodes)
    .where(eq(flowchartNodes.powerId, powerId))
    .orderBy(asc(flowchartNodes.sort))
    .all()
    .map(toNode)
  const edges = db
    .select({ id: flowchartEdges.id, source: flowchartEdges.sourceId, target: flowchartEdges.targetId, label: flowchartEdges.label })
    .from(flowchartEdges)
    .where(eq(flowchartEdges.powerId, powerId))
    .orderBy(asc(flowchartEdges.sort))
    .all()
  return { nodes, edges }
}

export function getFlowchart(db: Db, powerId: number): Flowchart {
  const power = getFlowPower(db, powerId)
  const head = db.select().from(flowcharts).where(eq(flowcharts.powerId, powerId)).get()
  const graph = loadGraph(db, powerId)
  return {
    power,
    ...graph,
    version: head?.version ?? 0,
    updatedAt: head?.updatedAt ?? null,
    check: checkFlowchart(graph, power),
    // filled by the risk-point feature (issue 9): count and highest level per node id
    riskBadges: {},
  }
}

/** Refuses ids that already belong to another power's chart: ids are global and stable. */
function assertOwnIds(db: Db, powerId: number, graph: FlowGraph): void {
  const nodeIds = graph.nodes.map((n) => n.id)
  const edgeIds = graph.edges.map((e) => e.id)
  const foreignNode = nodeIds.length
    ? db.select({ id: flowchartNodes.id }).from(flowchartNodes).where(and(inArray(flowchartNodes.id, nodeIds), ne(flowchartNodes.powerId, powerId))).get()
    : undefined
  const foreignEdge = edgeIds.length
    ? db.select({ id: flowchartEdges.id }).from(flowchartEdges).where(and(inArray(flowchartEdges.id, edgeIds), ne(flowchartEdges.powerId, powerId))).get()
    : undefined
  if (foreignNode || foreignEdge) throw new AppError('CONFLICT', '流程图中有环节或连线的编号属于其他职权的流程图，未保存。请刷新后重试')
}

function assertPostsExist(db: Db, graph: FlowGraph): void {
  const ids = [...new Set(graph.nodes.map((n) => n.postId).filter((id): id is number => id !== null))]
  if (ids.length === 0) return
  const found = new Set(db.select({ id: posts.id }).from(posts).where(inArray(posts.id, ids)).all().map((r) => r.id))
  const missing = ids.filter((id) => !found.has(id))
  if (missing.length > 0) throw new AppError('NOT_FOUND', '所选的承办岗位不存在或已被删除，请重新选择', 'postId')
}

/** Moves the chart's version on (creating its head row) after checking the editor saw the latest one. */
function bumpVersion(db: Db, powerId: number, baseVersion: number): number {
  const head = db.select({ version: flowcharts.version }).from(flowcharts).where(eq(flowcharts.powerId, powerId)).get()
  const current = head?.version ?? 0
  if (current !== baseVersion) {
    throw new AppError('CONFLICT', '该流程图已在其他窗口或由其他操作修改，本次修改没有保存。请刷新后再编辑')
  }
  const version = current + 1
  if (head) db.update(flowcharts).set({ version, updatedAt: nowIso() }).where(eq(flowcharts.powerId, powerId)).run()
  else db.insert(flowcharts).values({ powerId, version }).run()
  return version
}

/** Upserts the nodes (ids kept, so anything pinned to a node stays pinned) and rewrites the edges. */
function writeGraph(db: Db, powerId: number, graph: FlowGraph): void {
  db.delete(flowchartEdges).where(eq(flowchartEdges.powerId, powerId)).run()
  const keep = graph.nodes.map((n) => n.id)
  db.delete(flowchartNodes)
    .where(and(eq(flowchartNodes.powerId, powerId), keep.length ? sql`${flowchartNodes.id} not in ${keep}` : undefined))
    .run()
  for (const [sort, n] of graph.nodes.entries()) {
    const values = { ...n, powerId, sort }
    db.insert(flowchartNodes).values(values).onConflictDoUpdate({ target: flowchartNodes.id, set: values }).run()
  }
  for (const [sort, e] of graph.edges.entries()) {
    db.insert(flowchartEdges).values({ id: e.id, powerId, sourceId: e.source, targetId: e.target, label: e.label, sort }).run()
  }
}

/** Writes a chart without the version check or audit entry; callers own the transaction. */
export function replaceGraph(db: Db, powerId: number, graph: FlowGraph, baseVersion: number): number {
  getFlowPower(db, powerId)
  assertOwnIds(db, powerId, graph)
  assertPostsExist(db, graph)
  const version = bumpVersion(db, powerId, baseVersion)
  writeGraph(db, powerId, graph)
  return version
}

export function currentVersion(db: Db, powerId: number): number {
  return db.select({ version: flowcharts.version }).from(flowcharts).where(eq(flowcharts.powerId, powerId)).get()?.version ?? 0
}

export function saveFlowchart(db: Db, v: { powerId: number; baseVersion: number; graph: FlowGraph }, actor: string): Flowchart {
  return db.transaction((tx) => {
    const version = replaceGraph(tx, v.powerId, v.graph, v.baseVersion)
    recordAudit(tx, {
      actor,
      action: 'save',
      entity: 'flowchart',
      entityId: v.powerId,
      detail: { version, nodes: v.graph.nodes.length, edges: v.graph.edges.length },
    })
    return getFlowchart(tx, v.powerId)
  })
}

/** Every power that needs a chart (not 已取消), with its chart state from the shared checks. */
export function listFlowcharts(db: Db): FlowchartRow[] {
  const rows = db
    .select({
      powerId: powers.id,
      code: powers.code,
      name: powers.name,
      typeId: powers.typeId,
      typeName: powerTypes.name,
      departmentId: powers.departmentId,
      departmentName: departments.name,
      legalLimit: powers.legalLimit,
      promisedLimit: powers.promisedLimit,
      updatedAt: flowcharts.updatedAt,
    })
    .from(powers)
    .innerJoin(powerTypes, eq(powerTypes.id, powers.typeId))
    .leftJoin(departments, eq(departments.id, powers.departmentId))
    .leftJoin(flowcharts, eq(flowcharts.powerId, powers.id))
    .where(ne(powers.status, 'cancelled'))
    .orderBy(asc(powers.code))
    .all()
  const graphs = loadAllGraphs(db)
  return rows.map(({ legalLimit, promisedLimit, ...r }) => {
    const graph = graphs.get(r.powerId) ?? { nodes: [], edges: [] }
    const check = checkFlowchart(graph, { legalLimit, promisedLimit })
    return {
      ...r,
      nodeCount: graph.nodes.length,
      state: check.state,
      errorCount: check.issues.filter((i) => i.severity === 'error').length,
      warningCount: check.issues.filter((i) => i.severity === 'warning').length,
    }
  })
}

/** Two queries for every chart at once (the list and stats check them all). */
function loadAllGraphs(db: Db): Map<number, { nodes: FlowNode[]; edges: FlowEdge[] }> {
  const graphs = new Map<number, { nodes: FlowNode[]; edges: FlowEdge[] }>()
  const graphOf = (powerId: number) => {
    let g = graphs.get(powerId)
    if (!g) graphs.set(powerId, (g = { nodes: [], edges: [] }))
    return g
  }
  for (const r of db.select(nodeColumns).from(flowchartNodes).orderBy(asc(flowchartNodes.sort)).all()) graphOf(r.powerId).nodes.push(toNode(r))
  const edges = db
    .select({ powerId: flowchartEdges.powerId, id: flowchartEdges.id, source: flowchartEdges.sourceId, target: flowchartEdges.targetId, label: flowchartEdges.label })
    .from(flowchartEdges)
    .orderBy(asc(flowchartEdges.sort))
    .all()
  for (const { powerId, ...e } of edges) graphOf(powerId).edges.push(e)
  return graphs
}

/** `stats`: charts drawn and how many of them have problems. */
export function flowchartCounts(db: Db): { total: number; invalid: number } {
  const rows = listFlowcharts(db)
  return { total: rows.filter((r) => r.state !== 'empty').length, invalid: rows.filter((r) => r.state === 'invalid').length }
}
