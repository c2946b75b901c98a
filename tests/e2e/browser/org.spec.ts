import { expect, test } from '../host.fixture'
import { OrgPage } from '../pages/org.page'

const UNIT = { name: '某市交通运输局', creditCode: '91350100M000100Y43', unitType: '行政机关', supervisor: '某市人民政府' }

test('单位与人员 happy path survives a reload; a wrong credit code shows the Chinese error', async ({ page, host }) => {
  const org = new OrgPage(page)
  await org.launch(host.url)
  await expect(page.getByTestId('dashboard-empty')).toBeVisible()

  await org.open()
  await org.fillUnit({ ...UNIT, creditCode: '91350100M000100Y44' })
  await org.saveUnit()
  await expect(page.getByText('统一社会信用代码校验位不正确：第18位应为“3”，实为“4”')).toBeVisible()
  await page.getByTestId('unit-form').getByLabel('统一社会信用代码').fill(UNIT.creditCode)
  await org.saveUnit()
  await org.expectToast('已保存')
  await expect(page.getByTestId('header-unit-name')).toHaveText(UNIT.name)

  await org.addDepartment('运输管理站', '负责道路运输行业管理')
  await org.addPost({ department: '运输管理站', name: '行政许可受理岗', duties: '受理道路运输经营许可申请', key: true })
  await org.addPerson({ name: '孙立新', title: '站长', roleLevel: '中层干部', department: '运输管理站' })
  await org.addPerson({ name: '蒋丽萍', title: '科员', roleLevel: '一般干部', department: '运输管理站' })
  await org.assign('行政许可受理岗', '孙立新', '蒋丽萍')

  await page.reload()
  await expect(page.getByTestId('header-unit-name')).toHaveText(UNIT.name)
  await org.tab('单位概况')
  await expect(page.getByTestId('unit-form').getByLabel('统一社会信用代码')).toHaveValue(UNIT.creditCode)
  await org.tab('内设机构')
  await expect(org.row(/运输管理站/)).toBeVisible()
  await org.tab('岗位')
  const postRow = org.row(/行政许可受理岗/)
  await expect(postRow).toContainText('孙立新')
  await expect(postRow).toContainText('蒋丽萍')
  await org.tab('人员')
  await expect(org.row(/孙立新/)).toContainText('行政许可受理岗')

  await org.goto(/工作台/)
  await expect(org.stat('departments')).toHaveText('1')
  await expect(org.stat('posts')).toHaveText('1')
  await expect(org.stat('persons')).toHaveText('2')
  await expect(org.stat('key-posts-without-b')).toHaveText('0')
})

test('delete is refused at once, with the reason, while a person still holds a post', async ({ page, host }) => {
  const org = new OrgPage(page)
  await org.launch(host.url)
  await org.open()
  await org.addDepartment('财务科')
  await org.addPost({ department: '财务科', name: '财务审核岗', key: true })
  await org.addPerson({ name: '胡静', title: '会计', roleLevel: '一般干部', department: '财务科' })
  await org.addPerson({ name: '冯雅琴', title: '科长', roleLevel: '中层干部', department: '财务科' })
  await org.assign('财务审核岗', '胡静', '冯雅琴')
  await org.tab('人员')
  await org.startDelete(/胡静/)
  await expect(page.getByRole('dialog', { name: '不能删除“胡静”' })).toBeVisible()
  await expect(org.refusal).toContainText('财务审核岗的A岗')
  await page.keyboard.press('Escape')
  await org.tab('内设机构')
  await org.startDelete(/财务科/)
  await expect(org.refusal).toContainText('1个岗位')
  await expect(org.refusal).toContainText('2名人员')
})
