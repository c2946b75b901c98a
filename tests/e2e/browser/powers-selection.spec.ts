/** 一·清权 selection (issue #6 defect 1): a bulk action ends with nothing selected; a filter drops the rows it hides. */
import { expect, test } from '../host.fixture'
import { PowersPage } from '../pages/powers.page'

test('after 确权 under a filter, clearing the filter shows no stale “已选 2 项”; a search drops hidden rows from the selection', async ({
  page,
  host,
}) => {
  const powers = new PowersPage(page)
  await powers.launch(host.url)
  await powers.open()
  await page.getByTestId('powers-empty').getByRole('button', { name: '从模板添加' }).click()
  await powers.choose(powers.picker.getByLabel('模板库'), '学校')
  // an empty inventory has no numbering scheme yet: the first code offered is QL001
  await expect(powers.picker.getByLabel('起始编码')).toHaveValue('QL001')
  await powers.picker.getByRole('checkbox', { name: '全选' }).check()
  await page.getByRole('button', { name: '添加所选职权' }).click()
  await powers.expectToast('已添加 17 项')

  await powers.filterStatus('待确权')
  await powers.select('QL001')
  await powers.select('QL002')
  await expect(powers.bulkBar).toContainText('已选 2 项')
  await powers.bulkStatus('确权')
  await powers.expectToast('已将 2 项标为已确权')
  await expect(page.getByTestId('powers-total')).toHaveText('共 15 项')
  await expect(powers.bulkBar).toHaveCount(0)
  await powers.resetFilters()
  await expect(page.getByTestId('powers-total')).toHaveText('共 17 项')
  await expect(powers.bulkBar).toHaveCount(0)

  await powers.select('QL003')
  await powers.select('QL004')
  await expect(powers.bulkBar).toContainText('已选 2 项')
  await powers.search('QL003')
  await expect(page.getByTestId('powers-total')).toHaveText('共 1 项')
  await expect(powers.bulkBar).toContainText('已选 1 项')
  await powers.search('')
  await expect(page.getByTestId('powers-total')).toHaveText('共 17 项')
  await expect(powers.bulkBar).toContainText('已选 1 项')
  await expect(page.getByRole('checkbox', { name: /^选择：QL004 / })).not.toBeChecked()
})
