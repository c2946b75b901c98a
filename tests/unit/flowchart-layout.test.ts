import { describe, expect, test } from 'vitest'
import { backEdgeIds, layoutFlowchart } from '../../shared/domain/flowchart.layout'
import type { NodeKind } from '../../shared/domain/flowchart.schema'

const n = (id: string, kind: NodeKind = 'review') => ({ id, kind })
const e = (id: string, source: string, target: string) => ({ id, source, target })

describe('auto-layout', () => {
  test('a return edge is the one that closes the loop from 开始', () => {
    const input = {
      nodes: [n('s', 'start'), n('a'), n('b'), n('end', 'end')],
      edges: [e('1', 's', 'a'), e('2', 'a', 'b'), e('3', 'b', 'a'), e('4', 'b', 'end')],
    }
    expect([...backEdgeIds(input)]).toEqual(['3'])
  })

  test('lays out top to bottom in the order of the flow, even for a step added last', async () => {
    // “归档” was added after “结束” yet sits between 执行 and 结束
    const input = {
      nodes: [n('s', 'start'), n('exec', 'execute'), n('end', 'end'), n('arch', 'archive')],
      edges: [e('1', 's', 'exec'), e('2', 'exec', 'arch'), e('3', 'arch', 'end'), e('4', 'arch', 'exec')],
    }
    const p = await layoutFlowchart(input)
    const y = (id: string) => p[id]?.y ?? NaN
    expect(y('s')).toBeLessThan(y('exec'))
    expect(y('exec')).toBeLessThan(y('arch'))
    expect(y('arch')).toBeLessThan(y('end'))
    expect(Object.values(p).every((q) => Number.isInteger(q.x) && Number.isInteger(q.y))).toBe(true)
  })
})
