/**
 * 一·清权 of the demo unit: the transport starter library applied with real codes, each power
 * given its 承办机构, 责任岗位, 决定/实施岗位 and 分管领导, most of them 已确权, one 已取消.
 */
import type { PowerDetail } from '../../../shared/domain/power.schema'
import type { Core } from '../index'

/** Which department, posts and leader hold each typical power of the transport library. */
interface Holder {
  department: string
  posts: string[]
  /** 决定岗位 and 实施岗位; the same post on purpose for one A-level power (the separation check finds it) */
  decision?: string
  implementation?: string
  leader: string
}

const HOLDERS: Record<string, Holder> = {
  道路旅客运输经营许可: { department: '运输管理站', posts: ['行政许可受理岗', '运输许可审核岗'], decision: '运输许可审核岗', implementation: '行政许可受理岗', leader: '李卫东' },
  道路普通货物运输经营许可: { department: '运输管理站', posts: ['行政许可受理岗', '运输许可审核岗'], decision: '运输许可审核岗', implementation: '行政许可受理岗', leader: '李卫东' },
  机动车维修经营备案: { department: '运输管理站', posts: ['驾培维修监管岗'], leader: '李卫东' },
  机动车驾驶员培训经营备案: { department: '运输管理站', posts: ['驾培维修监管岗'], leader: '李卫东' },
  巡游出租汽车经营许可: { department: '运输管理站', posts: ['行政许可受理岗', '运输许可审核岗'], decision: '运输许可审核岗', implementation: '行政许可受理岗', leader: '李卫东' },
  网络预约出租汽车经营许可及车辆运输证核发: { department: '运输管理站', posts: ['运输许可审核岗'], decision: '运输许可审核岗', implementation: '运输许可审核岗', leader: '李卫东' },
  公路超限运输许可: { department: '公路管理站', posts: ['路政许可审核岗'], decision: '路政许可审核岗', implementation: '路政许可审核岗', leader: '刘海燕' },
  涉路施工许可: { department: '公路管理站', posts: ['路政许可审核岗'], leader: '刘海燕' },
  公路建设项目施工许可: { department: '建设管理科', posts: ['工程建设管理岗'], leader: '陈明远' },
  农村公路建设项目设计文件审批: { department: '综合规划科', posts: ['规划计划岗'], leader: '陈明远' },
  交通建设工程招标投标活动监督: { department: '建设管理科', posts: ['工程招投标管理岗'], leader: '陈明远' },
  交通建设工程质量安全监督检查: { department: '交通工程质量监督站', posts: ['工程质量监督岗'], leader: '陈明远' },
  道路运输经营者监督检查: { department: '交通运输综合执法大队', posts: ['行政处罚承办岗'], leader: '刘海燕' },
  对未取得道路运输经营许可擅自从事道路运输经营的处罚: { department: '交通运输综合执法大队', posts: ['行政处罚承办岗', '行政处罚审核岗'], decision: '行政处罚审核岗', implementation: '行政处罚承办岗', leader: '张志刚' },
  对违反公路管理规定行为的处罚: { department: '交通运输综合执法大队', posts: ['治超执法岗', '行政处罚审核岗'], decision: '行政处罚审核岗', implementation: '治超执法岗', leader: '张志刚' },
  暂扣无有效证明的营运车辆: { department: '交通运输综合执法大队', posts: ['罚没款与暂扣物品管理岗'], leader: '刘海燕' },
  大额资金使用审批: { department: '财务科', posts: ['财务审核岗', '出纳岗'], decision: '财务审核岗', implementation: '出纳岗', leader: '张志刚' },
  政府采购及物资采购管理: { department: '财务科', posts: ['物资采购岗'], leader: '陈明远' },
  干部选拔任用: { department: '人事科', posts: ['干部人事管理岗'], leader: '张志刚' },
  公务接待管理: { department: '办公室', posts: ['公务用车与接待管理岗'], leader: '李卫东' },
}

/** The demo unit's first 事项编码; the library's powers count up from it. */
export const DEMO_FIRST_POWER_CODE = '330275001'
/** One typical power the demo marks 已取消, to show the 确权 workflow's other outcome. */
export const DEMO_CANCELLED_POWER = '机动车驾驶员培训经营备案'
const CONFIRM_DATE = '2026-03-20'

export interface DemoPowersSummary {
  powers: number
  confirmed: number
  cancelled: number
}

export async function createDemoPowers(core: Core): Promise<DemoPowersSummary> {
  const library = await core.call('template:get', { key: 'transport' })
  const added = await core.call('template:apply', {
    key: 'transport',
    indexes: library.powers.map((_, i) => i),
    firstCode: DEMO_FIRST_POWER_CODE,
  })
  const departments = new Map((await core.call('department:list')).map((d) => [d.name, d.id]))
  const posts = new Map((await core.call('post:list')).map((p) => [p.name, p.id]))
  const persons = new Map((await core.call('person:list')).map((p) => [p.name, p.id]))
  const id = (map: Map<string, number>, name: string) => {
    const v = map.get(name)
    if (v === undefined) throw new Error(`demo powers refer to unknown "${name}"`)
    return v
  }
  const { rows } = await core.call('power:list')
  const confirmed: number[] = []
  let cancelledId: number | null = null
  for (const row of rows) {
    const holder = HOLDERS[row.name]
    if (!holder) continue
    const p: PowerDetail = await core.call('power:get', { id: row.id })
    const { id: _id, typeName: _t, departmentName: _d, parent: _p, children: _c, status: _s, statusDate: _sd, statusReason: _sr, createdAt: _ca, updatedAt: _ua, ...input } = p
    const disclosed = p.isHighConcern || p.typeName === '行政许可'
    await core.call('power:update', {
      ...input,
      id: row.id,
      departmentId: id(departments, holder.department),
      postIds: holder.posts.map((n) => id(posts, n)),
      decisionPostId: holder.decision ? id(posts, holder.decision) : null,
      implementationPostId: holder.implementation ? id(posts, holder.implementation) : null,
      leaderPersonId: id(persons, holder.leader),
      subject: '某市交通运输局',
      supervisionPhone: '0571-12328',
      exerciseLevel: p.typeName === '内部管理权' ? '' : '市',
      annualFrequency: p.typeName === '内部管理权' ? 24 : 150,
      disclosures: {
        basis: { disclosed, medium: disclosed ? '政府门户网站、政务公开栏' : '' },
        target: { disclosed, medium: disclosed ? '政府门户网站' : '' },
        procedure: { disclosed, medium: disclosed ? '办事指南、服务窗口' : '' },
        timeLimit: { disclosed, medium: disclosed ? '办事指南' : '' },
        result: { disclosed: false, medium: '' },
      },
    })
    if (row.name === DEMO_CANCELLED_POWER) cancelledId = row.id
    else if (confirmed.length < rows.length - 4) confirmed.push(row.id)
  }
  if (confirmed.length > 0) await core.call('power:setStatus', { ids: confirmed, status: 'confirmed', date: CONFIRM_DATE, reason: '' })
  if (cancelledId !== null) {
    await core.call('power:setStatus', {
      ids: [cancelledId],
      status: 'cancelled',
      date: CONFIRM_DATE,
      reason: '该事项已改为备案管理，由上级主管部门统一办理，本单位不再行使',
    })
  }
  return { powers: added.count, confirmed: confirmed.length, cancelled: cancelledId === null ? 0 : 1 }
}
