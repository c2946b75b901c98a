/** Fixed vocabularies of the unit step, with their Chinese labels (codes are stored, labels are shown). */
export const UNIT_TYPES = ['行政机关', '事业单位', '乡镇/街道', '村/社区', '学校', '医院', '基层站所', '国有企业'] as const
export type UnitType = (typeof UNIT_TYPES)[number]

export const ROLE_LEVELS = ['principal', 'member', 'discipline', 'middle', 'staff'] as const
export type RoleLevel = (typeof ROLE_LEVELS)[number]
export const ROLE_LEVEL_LABELS: Record<RoleLevel, string> = {
  principal: '主要领导',
  member: '班子成员',
  discipline: '纪检负责人',
  middle: '中层干部',
  staff: '一般干部',
}

export const GROUP_ROLES = ['head', 'deputy', 'member'] as const
export type GroupRole = (typeof GROUP_ROLES)[number]
export const GROUP_ROLE_LABELS: Record<GroupRole, string> = {
  head: '组长',
  deputy: '副组长',
  member: '成员',
}

export const POST_ROLES = ['A', 'B'] as const
export type PostRole = (typeof POST_ROLES)[number]
