/**
 * The checks of a 权力运行流程图, one pure function shared by the editor (live), the list page,
 * `stats` and the later pre-flight check, so every place agrees on what 有问题 means.
 */
import {
  type ChartState,
  type FlowCheck,
  type FlowEdge,
  type FlowIssue,
  type FlowNode,
  isDecisionKind,
  NODE_KIND_LABELS,
} from './flowchart.schema'

type CheckNode = Pick<FlowNode, 'id' | 'kind' | 'label' | 'postId' | 'days'>
type CheckEdge = Pick<FlowEdge, 'source' | 'target'>
export interface CheckInput {
  nodes: readonly CheckNode[]
  edges: readonly CheckEdge[]
}
export interface CheckLimits {
  legalLimit: string
  promisedLimit: string
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 二十 → 20, 十五 → 15, 三 → 3 (up to 99; enough for time limits in working days). */
function chineseNumber(s: string): number | null {
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s)
  if (!m || s === '') return null
  if (!m[2]) return m[1] && !m[3] ? (CN_DIGITS[m[1]] ?? null) : null
  return (m[1] ? (CN_DIGITS[m[1]] ?? 0) : 1) * 10 + (m[3] ? (CN_DIGITS[m[3]] ?? 0) : 0)
}

/**
 * Reads a time limit written in 清权 ("20", "20个工作日", "二十日", "即办") as working days;
 * null when it is not a number of days (e.g. "3个月", "法定期限内").
 */
export function parseLimitDays(text: string): number | null {
  const s = text.replace(/\s/g, '')
  if (s === '') return null
  if (/^(即办|当场办结|当场|即时办结|立即)/.test(s)) return 0
  const arabic = /^(\d{1,4})(个)?(工作日|日|天)?$/.exec(s)
  if (arabic?.[1]) return Number(arabic[1])
  const cn = /^([一二两三四五六七八九十]{1,3})(个)?(工作日|日|天)$/.exec(s)
  return cn?.[1] ? chineseNumber(cn[1]) : null
}

/** The limit a chart is held against: the 承诺时限 when it reads as days, else the 法定时限. */
export function limitDaysOf(limits: CheckLimits): number | null {
  return parseLimitDays(limits.promisedLimit) ?? parseLimitDays(limits.legalLimit)
}

function successorsOf(input: CheckInput): Map<string, string[]> {
  const next = new Map<string, string[]>(input.nodes.map((n) => [n.id, []]))
  for (const e of input.edges) next.get(e.source)?.push(e.target)
  return next
}

function reachableFrom(start: string, next: Map<string, string[]>): Set<string> {
  const seen = new Set<string>([start])
  const stack = [start]
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const t of next.get(id) ?? []) {
      if (!seen.has(t)) {
        seen.add(t)
        stack.push(t)
      }
    }
  }
  return seen
}

/**
 * Working days along the longest path from `start`. Loops (退回、补正) are walked once: an edge
 * back to a step already on the current path is ignored, so a return does not count twice.
 * Null when no reachable step has a time limit.
 */
export function longestPathDays(input: CheckInput, start: string): number | null {
  const next = successorsOf(input)
  const days = new Map(input.nodes.map((n) => [n.id, n.days]))
  if (![...reachableFrom(start, next)].some((id) => days.get(id) != null)) return null
  const best = new Map<string, number>()
  const onPath = new Set<string>()
  const walk = (id: string): number => {
    const known = best.get(id)
    if (known !== undefined) return known
    onPath.add(id)
    let tail = 0
    for (const t of next.get(id) ?? []) if (!onPath.has(t)) tail = Math.max(tail, walk(t))
    onPath.delete(id)
    const total = (days.get(id) ?? 0) + tail
    best.set(id, total)
    return total
  }
  return walk(start)
}

const names = (nodes: readonly CheckNode[]) => nodes.map((n) => `“${n.label}”`).join('、')
const issue = (code: string, severity: FlowIssue['severity'], message: string, nodes: readonly CheckNode[] = []): FlowIssue => ({
  code,
  severity,
  message,
  nodeIds: nodes.map((n) => n.id),
})

function startIssues(starts: readonly CheckNode[]): FlowIssue[] {
  if (starts.length === 0) return [issue('start-missing', 'error', `缺少“${NODE_KIND_LABELS.start}”环节：每张流程图需要且只需要一个开始`)]
  if (starts.length > 1) return [issue('start-multiple', 'error', `有${starts.length}个“开始”环节，只能保留一个`, starts)]
  return []
}

function reachabilityIssues(input: CheckInput, start: CheckNode | undefined): FlowIssue[] {
  const ends = input.nodes.filter((n) => n.kind === 'end')
  if (!start) return ends.length === 0 ? [issue('end-missing', 'error', '缺少“结束”环节')] : []
  const reached = reachableFrom(start.id, successorsOf(input))
  const out: FlowIssue[] = []
  const unreachable = input.nodes.filter((n) => !reached.has(n.id))
  if (unreachable.length > 0) {
    out.push(issue('unreachable', 'error', `从“开始”无法到达：${names(unreachable)}，请用连线接入流程`, unreachable))
  }
  if (ends.length === 0) out.push(issue('end-missing', 'error', '缺少“结束”环节'))
  else if (!ends.some((n) => reached.has(n.id))) out.push(issue('end-unreachable', 'error', '从“开始”沿连线走不到任何“结束”环节', ends))
  return out
}

function danglingIssues(input: CheckInput): FlowIssue[] {
  if (input.nodes.length < 2) return []
  const linked = new Set(input.edges.flatMap((e) => [e.source, e.target]))
  const hasNext = new Set(input.edges.map((e) => e.source))
  const isolated = input.nodes.filter((n) => !linked.has(n.id))
  const deadEnds = input.nodes.filter((n) => linked.has(n.id) && n.kind !== 'end' && !hasNext.has(n.id))
  const out: FlowIssue[] = []
  if (isolated.length > 0) out.push(issue('isolated', 'error', `孤立的环节（没有任何连线）：${names(isolated)}`, isolated))
  if (deadEnds.length > 0) {
    out.push(issue('dead-end', 'error', `以下环节没有下一步，流程在此中断：${names(deadEnds)}（只有“结束”可以没有下一步）`, deadEnds))
  }
  return out
}

function decisionIssues(input: CheckInput): FlowIssue[] {
  const missing = input.nodes.filter((n) => isDecisionKind(n.kind) && n.postId === null)
  if (missing.length === 0) return []
  return [issue('decision-post', 'error', `审核、审批、审签、决定环节必须指定承办岗位：${names(missing)}`, missing)]
}

function timeLimitIssues(totalDays: number | null, limitDays: number | null): FlowIssue[] {
  if (totalDays === null || limitDays === null || totalDays <= limitDays) return []
  return [issue('over-limit', 'warning', `各环节办理时限合计${totalDays}个工作日，超过该职权的时限${limitDays}个工作日`)]
}

function stateOf(input: CheckInput, issues: readonly FlowIssue[]): ChartState {
  if (input.nodes.length === 0) return 'empty'
  return issues.some((i) => i.severity === 'error') ? 'invalid' : 'complete'
}

/** Every rule of issue 8 on one chart; an empty chart is 未绘制 with no issues. */
export function checkFlowchart(input: CheckInput, limits: CheckLimits): FlowCheck {
  const limitDays = limitDaysOf(limits)
  if (input.nodes.length === 0) return { state: 'empty', issues: [], totalDays: null, limitDays }
  const starts = input.nodes.filter((n) => n.kind === 'start')
  const start = starts.length === 1 ? starts[0] : undefined
  const totalDays = start ? longestPathDays(input, start.id) : null
  const issues = [
    ...startIssues(starts),
    ...reachabilityIssues(input, start),
    ...danglingIssues(input),
    ...decisionIssues(input),
    ...timeLimitIssues(totalDays, limitDays),
  ]
  return { state: stateOf(input, issues), issues, totalDays, limitDays }
}
