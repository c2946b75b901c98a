/** Which of the unit's posts a template step goes to (承办岗位 matching). */
import { isDecisionKind, type NodeKind } from '../../../shared/domain/flowchart.schema'

export interface PostRef {
  id: number
  name: string
}

/** The posts a power already names: 责任岗位 plus its 决定/实施岗位. */
export interface PowerPosts {
  responsible: readonly PostRef[]
  decisionPostId: number | null
  implementationPostId: number | null
}

const matches = (post: PostRef, hint: string) => post.name === hint || post.name.includes(hint)

function byHints(hints: readonly string[], candidates: readonly PostRef[]): number | null {
  for (const hint of hints) {
    const exact = candidates.find((p) => p.name === hint)
    if (exact) return exact.id
    const partial = candidates.find((p) => matches(p, hint))
    if (partial) return partial.id
  }
  return null
}

/**
 * The post for one step: a hint matched among the power's own posts, then among all the unit's
 * posts, then the power's 决定岗位 (decision steps) or 实施岗位 (other steps), then its first
 * 责任岗位. 开始/结束 have none; null when the unit has nothing that fits (the user picks one).
 */
export function matchPost(kind: NodeKind, hints: readonly string[], power: PowerPosts, unitPosts: readonly PostRef[]): number | null {
  if (kind === 'start' || kind === 'end') return null
  const role = isDecisionKind(kind) ? power.decisionPostId : power.implementationPostId
  return (
    byHints(hints, power.responsible) ??
    byHints(hints, unitPosts) ??
    role ??
    power.decisionPostId ??
    power.implementationPostId ??
    power.responsible[0]?.id ??
    null
  )
}
