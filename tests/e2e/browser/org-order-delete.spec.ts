/** 单位与人员 (issue #6 defects 4 and 6): rows keep a hand-set order moved with ↑ ↓; delete is offered only when it can succeed. */
import { expect, test } from '../host.fixture'
import { OrgPage } from '../pages/org.page'

test('new departments go to the end, ↑ ↓ reorder them (kept after a reload); no 排序号 to type', async ({ page, host }) => {
  const org = new OrgPage(page)
  await org.launch(host.url)
  await org.open()
  await org.addDepartment('办公室')
  await org.addDepartment('财务科')
  await org.addDepartment('人事科')
  await expect.poll(() => org.names('机构名称')).toEqual(['办公室', '财务科', '人事科'])
  await expect(org.panel().getByRole('columnheader', { name: '排序号' })).toHaveCount(0)
  await page.getByRole('button', { name: '新增机构' }).click()
  await expect(org.modal().getByLabel('机构名称')).toBeVisible()
  await expect(org.modal().getByLabel('排序号')).toHaveCount(0)
  await page.keyboard.press('Escape')

  await expect(org.moveButton('办公室', '上移')).toBeDisabled()
  await expect(org.moveButton('人事科', '下移')).toBeDisabled()
  await org.move('人事科', '上移')
  await expect.poll(() => org.names('机构名称')).toEqual(['办公室', '人事科', '财务科'])
  await org.move('办公室', '下移')
  await expect.poll(() => org.names('机构名称')).toEqual(['人事科', '办公室', '财务科'])

  await page.reload()
  await org.tab('内设机构')
  await expect.poll(() => org.names('机构名称')).toEqual(['人事科', '办公室', '财务科'])

  // while a search shows only some rows, neighbours on screen are not neighbours in the order
  await org.panel().getByLabel('搜索机构名称或职责').fill('科')
  await expect.poll(() => org.names('机构名称')).toEqual(['人事科', '财务科'])
  await expect(org.moveButton('财务科', '上移')).toBeDisabled()
})

test('a department still in use says at once what refers to it, with links; an unused one asks, then goes', async ({ page, host }) => {
  const org = new OrgPage(page)
  await org.launch(host.url)
  await org.open()
  await org.addDepartment('财务科')
  await org.addDepartment('档案室')
  await org.addPost({ department: '财务科', name: '财务审核岗', key: true })
  await org.addPerson({ name: '胡静', title: '会计', roleLevel: '一般干部', department: '财务科' })
  await org.addPerson({ name: '冯雅琴', title: '科长', roleLevel: '中层干部', department: '财务科' })
  await org.assign('财务审核岗', '胡静', '冯雅琴')

  await org.tab('内设机构')
  await org.startDelete(/财务科/)
  await expect(org.refusal).toContainText('1个岗位')
  await expect(org.refusal).toContainText('2名人员')
  await expect(page.getByText('删除后不可恢复')).toHaveCount(0)
  await org.refusal.getByRole('link', { name: '2名人员' }).click()
  // the link opens 人员 filtered to that department
  await org.expectTab('人员')
  await expect(page.getByTestId('persons-tab').getByRole('combobox', { name: '按机构筛选' }).locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText('财务科')
  await expect.poll(() => org.names('姓名')).toEqual(['胡静', '冯雅琴'])

  // a person holding a post: named post, linked to the 岗位 list
  await org.startDelete(/胡静/)
  await expect(org.refusal).toContainText('财务审核岗的A岗')
  await org.refusal.getByRole('link', { name: '财务审核岗的A岗' }).click()
  await org.expectTab('岗位')
  await expect(page.getByTestId('posts-tab').getByLabel('搜索岗位名称或职责')).toHaveValue('财务审核岗')

  // the post itself: its holders are named
  await org.startDelete(/财务审核岗/)
  await expect(org.refusal).toContainText('A岗 胡静')
  await expect(org.refusal).toContainText('B岗 冯雅琴')
  await page.getByRole('button', { name: '知道了' }).click()

  await org.tab('内设机构')
  await org.startDelete(/档案室/)
  await expect(page.getByText('删除后不可恢复')).toBeVisible()
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '删除' }).click()
  await org.expectToast('已删除')
  await expect.poll(() => org.names('机构名称')).toEqual(['财务科'])
})
