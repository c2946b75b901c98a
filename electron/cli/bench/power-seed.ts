/**
 * Fills a workspace with `n` realistic powers straight through the repository (one transaction):
 * every tenth 主项 has three 子项, long 依据 and 责任事项 texts. For export benchmarks and tests,
 * where building a 20,000-row workbook first would only measure the import.
 */
import type { Workspace } from '../../core/db/client'
import { powerTypes } from '../../core/db/schema'
import { insertPowersBulk } from '../../core/power/power.repo'
import { powerInputSchema } from '../../../shared/domain/power.schema'

const DUTIES = '1.受理责任：公示依法应当提交的材料，一次性告知补正材料。\n2.审查责任：对申请材料进行审查，提出审查意见。\n3.决定责任：作出决定并说明理由。'

export function seedPowers(ws: Workspace, n: number): number {
  const types = ws.db.select().from(powerTypes).all()
  const typeAt = (i: number) => types[i % types.length]?.id ?? 1
  const value = (code: string, name: string, i: number, parentId: number | null) =>
    powerInputSchema.parse({
      code,
      name,
      typeId: typeAt(i),
      parentId,
      basis: `《中华人民共和国行政许可法》第${(i % 80) + 1}条：从事相关经营活动应当依法取得许可，并遵守有关规定。`,
      duties: DUTIES,
      accountability: '不依法履行职责的；滥用职权、玩忽职守的。',
      legalLimit: '20个工作日',
      promisedLimit: '10个工作日',
    })
  let made = 0
  ws.db.transaction((tx) => {
    for (let i = 0; made < n; i++) {
      const code = String(330000000000 + i * 1000)
      const [mainId] = insertPowersBulk(ws.sqlite, tx, [value(code, `第${i + 1}项规模测试事项`, i, null)])
      made++
      if (i % 10 !== 0) continue
      const children = []
      for (let c = 1; c <= 3 && made < n; c++, made++) children.push(value(String(Number(code) + c), `第${i + 1}项的第${c}个子项`, i, mainId ?? null))
      insertPowersBulk(ws.sqlite, tx, children)
    }
  })
  return made
}
