/**
 * The demo workspace: 某市交通运输局, shaped after the seed report (局长 1, 副局长 3, 纪检组长 1,
 * 站长 3, with their departments, posts and A/B岗). Names are fictitious. Later issues extend this
 * file (powers, flowcharts, risk points, pledges…) so the demo always shows the whole app.
 *
 * Persons, departments and posts refer to each other by name; demo.service.ts resolves the ids.
 */
import { creditCodeCheckChar } from '../../../shared/credit-code'
import type { GroupRole, RoleLevel, UnitType } from '../../../shared/domain/labels'

export interface DemoPost {
  name: string
  duties: string
  isKey: boolean
  /** Names of the A岗 (holder) and B岗 (stand-in) persons. */
  a?: string
  b?: string
}

export interface DemoDepartment {
  name: string
  duties: string
  posts: DemoPost[]
}

export interface DemoPerson {
  name: string
  title: string
  roleLevel: RoleLevel
  department: string | null
  active?: boolean
}

/** GB 11714 organization code (8 characters + check character), the 主体标识码 inside a credit code. */
export function organizationCode(body8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body8].reduce((s, ch, i) => s + parseInt(ch, 36) * (weights[i] ?? 0), 0)
  const c = 11 - (sum % 11)
  return body8 + (c === 10 ? 'X' : c === 11 ? '0' : String(c))
}

/** 1 机构编制 · 1 机关 · 371000 region · organization code · GB 32100 check character. */
const first17 = `11371000${organizationCode('00452817')}`
export const DEMO_CREDIT_CODE = first17 + creditCodeCheckChar(first17)

export const DEMO_UNIT = {
  name: '某市交通运输局',
  creditCode: DEMO_CREDIT_CODE,
  unitType: '行政机关' as UnitType,
  supervisor: '某市人民政府',
  contactName: '范晓东',
  contactPhone: '0536-8231067',
  officeDepartment: '纪检组',
  officeName: '领导小组办公室设在纪检组，由纪检组组长兼任办公室主任，负责廉政风险防控工作的组织协调、督促检查和日常事务。',
}

export const DEMO_DEPARTMENTS: DemoDepartment[] = [
  {
    name: '办公室',
    duties: '负责局机关文电、会务、机要、保密、档案、信访、政务公开和后勤保障等工作。',
    posts: [
      { name: '综合文秘岗', duties: '负责公文起草、收发文登记、会议记录和督查督办。', isKey: false, a: '杨帆' },
      { name: '政务公开岗', duties: '负责政务公开栏、门户网站信息发布和依申请公开答复。', isKey: false, a: '杨帆', b: '林晓雪' },
      { name: '公务用车与接待管理岗', duties: '负责公务用车调度、维修保养审核、公务接待安排和机关物品管理。', isKey: true, a: '林晓雪', b: '杨帆' },
    ],
  },
  {
    name: '人事科',
    duties: '负责干部人事、机构编制、劳动工资、社会保险、教育培训和离退休干部管理工作。',
    posts: [
      { name: '干部人事管理岗', duties: '负责干部选拔任用程序性工作、干部档案管理和职称评审材料审核。', isKey: true, a: '马婷婷', b: '王海涛' },
      { name: '工资福利岗', duties: '负责工资、津补贴核定，社会保险和住房公积金缴纳。', isKey: false, a: '马婷婷' },
    ],
  },
  {
    name: '财务科',
    duties: '负责局机关及所属单位预算编制与执行、资金拨付、政府采购、国有资产管理和内部审计。',
    posts: [
      { name: '财务审核岗', duties: '负责原始凭证和费用报销审核、交通专项资金拨付审核、会计核算。', isKey: true, a: '胡静', b: '冯雅琴' },
      { name: '出纳岗', duties: '负责现金和银行存款收付、票据管理，与会计岗位不相容分设。', isKey: true, a: '高敏', b: '梁晨' },
      { name: '物资采购岗', duties: '负责政府采购计划编制、采购组织实施、验收及合同管理。', isKey: true, a: '梁晨', b: '胡静' },
      { name: '国有资产管理岗', duties: '负责固定资产登记、清查盘点和处置申报。', isKey: false, a: '梁晨' },
    ],
  },
  {
    name: '综合规划科',
    duties: '负责交通运输发展规划、年度投资计划、统计分析和建设项目前期工作。',
    posts: [
      { name: '规划计划岗', duties: '负责编制交通建设年度投资计划，提出项目和资金安排建议。', isKey: true, a: '宋佳琪', b: '何俊杰' },
      { name: '统计分析岗', duties: '负责交通运输统计报表、运行监测和分析报告。', isKey: false, a: '宋佳琪' },
    ],
  },
  {
    name: '建设管理科',
    duties: '负责公路、水运工程建设市场和质量安全监督管理，组织招投标监督和竣工验收。',
    posts: [
      { name: '工程招投标管理岗', duties: '负责交通建设项目招标文件备案审查、招投标活动现场监督及投诉处理。', isKey: true, a: '谢宇航', b: '唐磊' },
      { name: '工程建设管理岗', duties: '负责在建项目进度、质量、安全监督，参与计量支付和设计变更审查。', isKey: true, a: '唐磊', b: '韩振华' },
    ],
  },
  {
    name: '政策法规科',
    duties: '负责行政执法监督、规范性文件合法性审查、重大执法决定法制审核、行政复议应诉和普法工作。',
    posts: [
      { name: '行政处罚审核岗', duties: '负责重大行政处罚案件法制审核、自由裁量基准执行情况审查。', isKey: true, a: '董欣然', b: '曹文静' },
      { name: '执法监督岗', duties: '负责执法证件管理、执法案卷评查和执法投诉处理。', isKey: false, a: '董欣然' },
    ],
  },
  {
    name: '安全监督科',
    duties: '负责交通运输安全生产监督管理、隐患排查治理和应急管理工作。',
    posts: [
      { name: '安全生产监督岗', duties: '负责安全生产检查、重大隐患挂牌督办和应急预案管理。', isKey: false, a: '许国平' },
    ],
  },
  {
    name: '运输管理站',
    duties: '负责道路旅客运输、货物运输、机动车维修和驾驶员培训的行业管理，办理道路运输行政许可。',
    posts: [
      { name: '行政许可受理岗', duties: '负责道路运输经营许可申请的受理、材料初审、一次性告知和证件发放。', isKey: true, a: '蒋丽萍', b: '沈浩' },
      { name: '运输许可审核岗', duties: '负责道路运输经营许可的审核、现场核查并提出审批意见。', isKey: true, a: '沈浩', b: '罗晓明' },
      { name: '驾培维修监管岗', duties: '负责驾驶员培训机构、机动车维修企业的监督检查和质量信誉考核。', isKey: false, a: '罗晓明' },
    ],
  },
  {
    name: '公路管理站',
    duties: '负责国省干线和农村公路养护管理，办理涉路施工、超限运输等路政许可。',
    posts: [
      { name: '公路养护工程管理岗', duties: '负责养护工程计划编制、施工监管、计量和交工验收。', isKey: true, a: '田志远', b: '周宏伟' },
      { name: '路政许可审核岗', duties: '负责涉路施工、超限运输许可的受理审查和现场勘验。', isKey: true, a: '韦春生', b: '田志远' },
    ],
  },
  {
    name: '交通工程质量监督站',
    duties: '负责交通建设工程质量监督、试验检测机构监管和工程质量鉴定。',
    posts: [
      { name: '工程质量监督岗', duties: '负责工程质量监督抽检、交工质量检测和质量鉴定。', isKey: true, a: '潘一鸣', b: '吴晓峰' },
      { name: '试验检测管理岗', duties: '负责工地试验室和检测机构的资质核查与日常监管。', isKey: false, a: '潘一鸣' },
    ],
  },
  {
    name: '交通运输综合执法大队',
    duties: '负责公路路政、道路运政、水路运政和工程质量安全等领域的行政检查、行政处罚和行政强制。',
    posts: [
      { name: '行政处罚承办岗', duties: '负责违法案件立案调查、取证，制作执法文书并提出处罚建议。', isKey: true, a: '袁刚', b: '蔡明辉' },
      { name: '治超执法岗', duties: '负责超限超载车辆检测、卸载、处罚和源头治超巡查。', isKey: true, a: '蔡明辉', b: '袁刚' },
      { name: '罚没款与暂扣物品管理岗', duties: '负责罚没款票据、暂扣车辆及物品的登记保管和返还处置。', isKey: true, a: '龚雪梅', b: '彭建军' },
    ],
  },
  {
    name: '纪检组',
    duties: '负责监督检查驻在部门贯彻执行党章党规和党风廉政建设情况，受理信访举报，开展执纪问责。',
    posts: [
      { name: '监督检查岗', duties: '负责廉政风险防控监督检查、“三重一大”事项监督和专项检查。', isKey: false, a: '黎萍', b: '范晓东' },
      { name: '信访举报受理岗', duties: '负责信访举报登记、初核和转办督办。', isKey: false, a: '范晓东' },
    ],
  },
]

const d = (name: string, title: string, roleLevel: RoleLevel, department: string | null, active = true) =>
  ({ name, title, roleLevel, department, active }) satisfies DemoPerson

export const DEMO_PERSONS: DemoPerson[] = [
  d('张志刚', '党组书记、局长', 'principal', null),
  d('李卫东', '党组成员、副局长', 'member', null),
  d('刘海燕', '党组成员、副局长', 'member', null),
  d('陈明远', '党组成员、副局长', 'member', null),
  d('赵秀兰', '党组成员、纪检组组长', 'discipline', '纪检组'),
  d('孙立新', '运输管理站站长', 'middle', '运输管理站'),
  d('周宏伟', '公路管理站站长', 'middle', '公路管理站'),
  d('吴晓峰', '交通工程质量监督站站长', 'middle', '交通工程质量监督站'),
  d('郑丽娟', '办公室主任', 'middle', '办公室'),
  d('王海涛', '人事科科长', 'middle', '人事科'),
  d('冯雅琴', '财务科科长', 'middle', '财务科'),
  d('何俊杰', '综合规划科科长', 'middle', '综合规划科'),
  d('韩振华', '建设管理科科长', 'middle', '建设管理科'),
  d('曹文静', '政策法规科科长', 'middle', '政策法规科'),
  d('许国平', '安全监督科科长', 'middle', '安全监督科'),
  d('邓志强', '综合执法大队大队长', 'middle', '交通运输综合执法大队'),
  d('彭建军', '综合执法大队副大队长', 'middle', '交通运输综合执法大队'),
  d('罗晓明', '运输管理站副站长', 'middle', '运输管理站'),
  d('范晓东', '纪检组副组长', 'middle', '纪检组'),
  d('杨帆', '科员', 'staff', '办公室'),
  d('林晓雪', '科员', 'staff', '办公室'),
  d('马婷婷', '科员', 'staff', '人事科'),
  d('胡静', '会计', 'staff', '财务科'),
  d('高敏', '出纳', 'staff', '财务科'),
  d('梁晨', '科员', 'staff', '财务科'),
  d('宋佳琪', '科员', 'staff', '综合规划科'),
  d('谢宇航', '科员', 'staff', '建设管理科'),
  d('唐磊', '工程师', 'staff', '建设管理科'),
  d('董欣然', '科员', 'staff', '政策法规科'),
  d('蒋丽萍', '科员', 'staff', '运输管理站'),
  d('沈浩', '科员', 'staff', '运输管理站'),
  d('田志远', '助理工程师', 'staff', '公路管理站'),
  d('韦春生', '路政员', 'staff', '公路管理站'),
  d('潘一鸣', '工程师', 'staff', '交通工程质量监督站'),
  d('袁刚', '执法队员', 'staff', '交通运输综合执法大队'),
  d('蔡明辉', '执法队员', 'staff', '交通运输综合执法大队'),
  d('龚雪梅', '执法队员', 'staff', '交通运输综合执法大队'),
  d('黎萍', '科员', 'staff', '纪检组'),
  d('石永福', '路政员（已退休）', 'staff', '公路管理站', false),
]

/** 领导小组: 局长 组长, 副局长 副组长, 纪检组长 and the heads of the offices most involved 成员. */
export const DEMO_LEADING_GROUP: { name: string; groupRole: GroupRole }[] = [
  { name: '张志刚', groupRole: 'head' },
  { name: '李卫东', groupRole: 'deputy' },
  { name: '刘海燕', groupRole: 'deputy' },
  { name: '陈明远', groupRole: 'deputy' },
  { name: '赵秀兰', groupRole: 'member' },
  { name: '郑丽娟', groupRole: 'member' },
  { name: '王海涛', groupRole: 'member' },
  { name: '冯雅琴', groupRole: 'member' },
  { name: '曹文静', groupRole: 'member' },
  { name: '范晓东', groupRole: 'member' },
]

/** What the demo creates, for the CLI summary and the tests. */
export const DEMO_COUNTS = {
  departments: DEMO_DEPARTMENTS.length,
  posts: DEMO_DEPARTMENTS.reduce((n, dep) => n + dep.posts.length, 0),
  keyPosts: DEMO_DEPARTMENTS.reduce((n, dep) => n + dep.posts.filter((p) => p.isKey).length, 0),
  persons: DEMO_PERSONS.length,
  activePersons: DEMO_PERSONS.filter((p) => p.active !== false).length,
  leadingGroupMembers: DEMO_LEADING_GROUP.length,
}
