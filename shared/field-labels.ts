/** Chinese names of input fields, so validation messages say which field is wrong. */
const LABELS: Record<string, string> = {
  id: '编号',
  name: '名称',
  creditCode: '统一社会信用代码',
  unitType: '单位类型',
  supervisor: '上级主管部门',
  contactName: '联系人',
  contactPhone: '联系电话',
  officeName: '办事机构',
  officeDepartmentId: '办事机构所在部门',
  leadingGroup: '领导小组',
  personId: '人员',
  groupRole: '领导小组职务',
  duties: '职责',
  sort: '排序号',
  departmentId: '所属机构',
  isKey: '重点岗位',
  title: '职务',
  roleLevel: '角色层级',
  active: '在岗状态',
  postId: '岗位',
  aPersonId: 'A岗人员',
  bPersonId: 'B岗人员',
  search: '搜索词',
}

export function fieldLabel(path: readonly PropertyKey[]): string | undefined {
  const last = [...path].reverse().find((p) => typeof p === 'string')
  return typeof last === 'string' ? LABELS[last] : undefined
}
