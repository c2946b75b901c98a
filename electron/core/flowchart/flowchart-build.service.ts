/** Charts made for the user: from a template (posts matched to the unit) or copied from another power. */
import { asc, eq } from 'drizzle-orm'
import type { FlowTemplate } from '../../../shared/domain/flowchart-template.schema'
import { newElementId } from '../../../shared/domain/flowchart.ids'
import { layoutFlowchart } from '../../../shared/domain/flowchart.layout'
import type { FlowGraph, Flowchart, FlowNode } from '../../../shared/domain/flowchart.schema'
import { AppError } from '../../../shared/result'
import { recordAudit } from '../audit/audit.repo'
import type { Db } from '../db/client'
import { posts, powerPosts, powers } from '../db/schema'
import { getFlowTemplate } from './flowchart-template.repo'
import { getFlowchart, getFlowPower, loadGraph, replaceGraph } from './flowchart.repo'
import { matchPost, type PowerPosts } from './post-match'

function powerPostsOf(db: Db, powerId: number): PowerPosts {
  const p = db
    .select({ decisionPostId: powers.decisionPostId, implementationPostId: powers.implementationPostId })
    .from(powers)
    .where(eq(powers.id, powerId))
    .get()
  if (!p) throw new AppError('NOT_FOUND', '该职权不存在或已被删除')
  const responsible = db
    .select({ id: posts.id, name: posts.name })
    .from(powerPosts)
    .innerJoin(posts, eq(posts.id, powerPosts.postId))
    .where(eq(powerPosts.powerId, powerId))
    .orderBy(asc(posts.sort), asc(posts.id))
    .all()
  return { responsible, ...p }
}

/** The template's steps with fresh ids and matched posts, laid out top to bottom. */
export async function graphFromTemplate(db: Db, powerId: number, template: FlowTemplate): Promise<FlowGraph> {
  const power = powerPostsOf(db, powerId)
  const unitPosts = db.select({ id: posts.id, name: posts.name }).from(posts).orderBy(asc(posts.sort), asc(posts.id)).all()
  const idOf = new Map(template.body.nodes.map((n) => [n.key, newElementId('n')]))
  const nodes: FlowNode[] = template.body.nodes.map((n) => ({
    id: idOf.get(n.key) ?? newElementId('n'),
    kind: n.kind,
    label: n.label,
    postId: matchPost(n.kind, n.postHints, power, unitPosts),
    days: n.days,
    requirement: n.requirement,
    supervision: n.supervision,
    x: 0,
    y: 0,
  }))
  const edges = template.body.edges.map((e) => ({
    id: newElementId('e'),
    source: idOf.get(e.from) ?? '',
    target: idOf.get(e.to) ?? '',
    label: e.label,
  }))
  const positions = await layoutFlowchart({ nodes, edges })
  return { nodes: nodes.map((n) => ({ ...n, ...positions[n.id] })), edges }
}

/** A copy of another power's chart: same steps, posts and layout, new ids (ids are never shared). */
export function graphCopiedFrom(db: Db, fromPowerId: number): FlowGraph {
  getFlowPower(db, fromPowerId)
  const source = loadGraph(db, fromPowerId)
  if (source.nodes.length === 0) throw new AppError('VALIDATION', '所选职权还没有绘制流程图，无法复制')
  const idOf = new Map(source.nodes.map((n) => [n.id, newElementId('n')]))
  const newId = (old: string) => idOf.get(old) ?? old
  return {
    nodes: source.nodes.map((n) => ({ ...n, id: newId(n.id) })),
    edges: source.edges.map((e) => ({ ...e, id: newElementId('e'), source: newId(e.source), target: newId(e.target) })),
  }
}

function storeBuilt(db: Db, powerId: number, graph: FlowGraph, baseVersion: number, actor: string, detail: object): Flowchart {
  return db.transaction((tx) => {
    const version = replaceGraph(tx, powerId, graph, baseVersion)
    recordAudit(tx, { actor, action: 'save', entity: 'flowchart', entityId: powerId, detail: { version, ...detail } })
    return getFlowchart(tx, powerId)
  })
}

export async function applyFlowTemplate(
  db: Db,
  v: { powerId: number; templateId: number; baseVersion: number },
  actor: string,
): Promise<Flowchart> {
  const template = getFlowTemplate(db, v.templateId)
  const graph = await graphFromTemplate(db, v.powerId, template)
  return storeBuilt(db, v.powerId, graph, v.baseVersion, actor, { template: template.name, nodes: graph.nodes.length })
}

export function copyFlowchart(db: Db, v: { powerId: number; fromPowerId: number; baseVersion: number }, actor: string): Flowchart {
  if (v.powerId === v.fromPowerId) throw new AppError('VALIDATION', '不能从同一职权复制流程图')
  const graph = graphCopiedFrom(db, v.fromPowerId)
  return storeBuilt(db, v.powerId, graph, v.baseVersion, actor, { copiedFrom: v.fromPowerId, nodes: graph.nodes.length })
}
