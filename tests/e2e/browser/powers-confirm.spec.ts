import { expect, test } from '../host.fixture'
import { PowersPage } from '../pages/powers.page'

test('start from a starter library, then 确权 and 取消 (reason required) in bulk; 工作台 follows', async ({ page, host }) => {
  const powers = new PowersPage(page)
  await powers.launch(host.url)
  await powers.open()

  // empty inventory: add the 学校 library's typical powers, all of them 待确权
  const empty = page.getByTestId('powers-empty')
  await empty.getByRole('button', { name: '从模板添加' }).click()
  const picker = page.getByTestId('template-picker')
  await powers.choose(picker.getByLabel('模板库'), '学校')
  await picker.getByRole('checkbox', { name: '全选' }).check()
  await page.getByRole('button', { name: '添加所选职权' }).click()
  await powers.expectToast('已添加 17 项')
  await expect(page.getByTestId('powers-total')).toHaveText('共 17 项')

  const bar = page.getByTestId('powers-bulk-bar')
  const dialog = page.locator('.ant-modal:visible')

  await powers.select('QL001')
  await powers.select('QL002')
  await expect(bar).toContainText('已选 2 项')
  await bar.getByRole('button', { name: '确权', exact: true }).click()
  await dialog.getByRole('button', { name: '确定' }).click()
  await powers.expectToast('已将 2 项标为已确权')

  // a bulk action ends with nothing selected
  await expect(bar).toHaveCount(0)
  await powers.select('QL003')
  await expect(bar).toContainText('已选 1 项')
  await bar.getByRole('button', { name: '取消', exact: true }).click()
  await dialog.getByRole('button', { name: '确定' }).click()
  await expect(dialog.getByText('取消职权时请填写原因')).toBeVisible()
  await dialog.getByLabel('原因').fill('该事项已划转至区教育局统一办理')
  await dialog.getByRole('button', { name: '确定' }).click()
  await powers.expectToast('已将 1 项标为已取消')

  await powers.goto(/工作台/)
  await expect(powers.stat('powers-total')).toHaveText('17')
  await expect(powers.stat('powers-pending')).toHaveText('14')
  await expect(powers.stat('powers-confirmed')).toHaveText('2')
  await expect(powers.stat('powers-cancelled')).toHaveText('1')
})
