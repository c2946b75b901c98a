/**
 * The demo workspace at 1366×768 (issue #6 defects 2, 3, 7, 8, 9 and the links of 6): nothing cut in the
 * short columns, nothing to scroll sideways, whole placeholders, Chinese accessible names, links that land.
 */
import { expect, test } from '../host.fixture'
import { OrgPage } from '../pages/org.page'
import { PowersPage } from '../pages/powers.page'

test.use({ viewport: { width: 1366, height: 768 } })
// the demo workspace is created (cli demo) inside each test's fixture: allow for it on a busy machine
test.describe.configure({ timeout: 120_000 })

test('单位与人员 and 清权 fit 1366×768: no short column cut, no sideways scroll, whole placeholders, Chinese names', async ({ page, demoHost }) => {
  const org = new OrgPage(page)
  await org.launch(demoHost.url)
  await org.open()
  const office = page.getByTestId('unit-form').getByLabel('办事机构', { exact: true })
  await expect(office).toHaveJSProperty('tagName', 'TEXTAREA')
  await expect(office).toHaveValue(/领导小组办公室设在纪检组/)

  for (const [tab, testId, search] of [
    ['内设机构', 'departments-tab', '搜索机构名称或职责'],
    ['岗位', 'posts-tab', '搜索岗位名称或职责'],
    ['人员', 'persons-tab', '搜索姓名或职务'],
  ] as const) {
    await org.tab(tab)
    const panel = page.getByTestId(testId)
    await expect(panel.locator('.ant-table-row').first()).toBeVisible()
    expect(await org.cutCells(panel), `${tab}: cut cells`).toEqual([])
    expect(await org.tableScrollsSideways(panel), `${tab}: sideways scroll`).toBe(false)
    expect(await org.placeholderFits(panel.getByLabel(search)), `${tab}: placeholder`).toBe(true)
    expect(await org.englishAccessibleNames(), `${tab}: English names`).toEqual([])
  }
  await expect(page.locator('main')).toHaveCount(1)

  const powers = new PowersPage(page)
  await powers.open()
  const table = page.getByTestId('powers-table')
  await expect(table.locator('.ant-table-row').first()).toBeVisible()
  expect(await powers.cutCells(table)).toEqual([])
  expect(await powers.tableScrollsSideways(table)).toBe(false)
  expect(await powers.placeholderFits(page.getByLabel('搜索编码、名称、依据或责任事项'))).toBe(true)
  await powers.select('330275001')
  await expect(powers.bulkBar).toContainText('已选 1 项')
  expect(await powers.englishAccessibleNames()).toEqual([])
})

test('从模板添加 opens on the unit’s library, says all is present, and offers the next code of the unit’s scheme', async ({ page, demoHost }) => {
  const powers = new PowersPage(page)
  await powers.launch(demoHost.url)
  await powers.open()
  await page.getByRole('button', { name: '从模板添加' }).click()
  await expect(powers.picker.getByTestId('template-all-present')).toContainText('“交通运输局”模板库中的事项都已在本单位清单中')
  await expect(powers.picker.getByLabel('起始编码')).toHaveValue('330275021')
  await powers.choose(powers.picker.getByLabel('模板库'), '学校')
  await expect(powers.picker.getByTestId('template-all-present')).toHaveCount(0)
  await powers.picker.getByRole('checkbox', { name: '选择：新生招生入学' }).check()
  await page.getByRole('button', { name: '添加所选职权' }).click()
  await powers.expectToast('已添加 1 项')
  await powers.search('新生招生入学')
  await expect(powers.row('330275021')).toBeVisible()
})

test('去设置 A/B 岗 opens 岗位 on the key posts missing A or B; the 404 page highlights no menu item', async ({ page, demoHost }) => {
  const org = new OrgPage(page)
  await org.launch(demoHost.url)
  // the demo has every key post covered: take 财务审核岗's B岗 away
  await org.open()
  await org.tab('岗位')
  await org.row(/财务审核岗/).getByRole('button', { name: 'A/B岗' }).click()
  const modal = org.modal()
  const bSelect = modal.locator('.ant-select', { has: page.getByLabel('B岗人员') })
  await bSelect.hover()
  await bSelect.getByRole('button', { name: '清除' }).click()
  await modal.getByRole('button', { name: '确定' }).click()
  await org.expectToast('已保存')

  await org.goto(/工作台/)
  await expect(org.stat('key-posts-without-b')).toHaveText('1')
  await page.getByRole('button', { name: '去设置 A/B 岗' }).click()
  await org.expectTab('岗位')
  const missingOnly = page.getByRole('checkbox', { name: '只看缺 A/B 岗的重点岗位' })
  await expect(missingOnly).toBeChecked()
  const rows = page.getByTestId('posts-tab').locator('.ant-table-row')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('财务审核岗')
  await expect(rows.first()).toContainText('未设置')
  const missing = await rows.count()
  await missingOnly.uncheck()
  await expect.poll(() => rows.count()).toBeGreaterThan(missing)

  await page.goto(`${demoHost.url}#/no-such-page`)
  await expect(page.getByText('页面不存在')).toBeVisible()
  await expect(page.locator('.ant-menu-item-selected')).toHaveCount(0)
  await expect(page.locator('main')).toHaveCount(1)
})

test('a refusal’s links open 清权 filtered to the department, or the named power', async ({ page, demoHost }) => {
  const org = new OrgPage(page)
  await org.launch(demoHost.url)
  await org.open()
  await org.tab('内设机构')
  await org.startDelete(/财务科/)
  const powersLink = org.refusal.getByRole('link', { name: /项职权（承办机构）/ })
  const n = Number((await powersLink.innerText()).match(/^(\d+)项/)?.[1])
  await powersLink.click()
  await expect(page.getByTestId('powers-page')).toBeVisible()
  await expect(page.getByTestId('powers-total')).toHaveText(`共 ${n} 项`)

  await org.open()
  await org.tab('岗位')
  await org.startDelete(/运输许可审核岗/)
  await org.refusal.getByRole('link', { name: /^330275001 / }).click()
  await expect(page.getByTestId('power-drawer')).toContainText('330275001')
})
