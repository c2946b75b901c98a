/** The workflow as the sidebar shows it, with the honest description of steps not built yet. */
export const APP_NAME = '阳光权力自查台'

export interface Section {
  path: string
  label: string
  /** Present only for steps whose issue has not landed: what the step will do (SPEC §2). */
  comingSoon?: string
}

export const SECTIONS: readonly Section[] = [
  { path: '/', label: '工作台' },
  { path: '/org', label: '单位与人员' },
  { path: '/powers', label: '一·清权' },
  { path: '/risks', label: '二·查点' },
  {
    path: '/grading',
    label: '三·评权',
    comingSoon:
      '按发生几率、危害程度、行使频率、自由裁量幅度四项因素打分，得出 A/B/C 建议等级并确定最终等级，形成红、黄、蓝廉政风险等级目录。',
  },
  {
    path: '/disclosure',
    label: '四·晒权',
    comingSoon:
      '逐项记录“五公开”（依据、对象、程序、时限、结果）和“十明确”自查情况及佐证，并导出不含内部风险信息的对外公开版权力清单、流程图和办事指南。',
  },
  {
    path: '/supervision',
    label: '五·管权',
    comingSoon:
      '记录廉政教育、收到的三级预警（文号、内容、督办要求、期限）及整改情况，并对 A 级权力的行使人进行风险提示（保廉承诺、警示教育、廉政谈话、函询质询）。',
  },
  {
    path: '/control',
    label: '六·控权',
    comingSoon:
      '检查决策与执行是否分岗、重点岗位 A/B 岗是否配齐，记录会审会和每次权力行使的流程台帐（超时提醒、防篡改），开展季度自评和半年民主测评，形成个人廉政档案。',
  },
  {
    path: '/pledges',
    label: '承诺书',
    comingSoon:
      '按每个人的职务和风险点生成廉政承诺书，可打印后手写签名再扫描上传，也可在屏幕上手写签名；签署后文本冻结，风险点变化时提示需重新签署。',
  },
  {
    path: '/submission',
    label: '报送',
    comingSoon:
      '报送前自动检查数据是否齐全，生成带数字签名的报送包（Word 文档和数据文件），通过 U 盘或内部文件交换报送市纪委监委，并保留每次报送的记录。',
  },
  { path: '/settings', label: '设置' },
]

export const COMING_SOON = {
  title: (label: string) => `${label}：尚未开放`,
  lead: '这一步的功能正在建设中，开放后将：',
  nowHint: '现在可以先完成“单位与人员”：单位概况、内设机构、岗位和人员是后续各步骤的基础。',
  goOrg: '前往单位与人员',
  goHome: '返回工作台',
}

export const SHELL = {
  unitUnset: '尚未填写单位概况',
  unitLabel: '当前单位',
  loadFailed: '无法读取工作区',
  retry: '重试',
  notFound: '页面不存在',
  notFoundHint: '地址可能有误，请从左侧菜单进入。',
}
