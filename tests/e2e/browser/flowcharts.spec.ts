import { expect, test } from '../host.fixture'
import { FlowchartsPage } from '../pages/flowcharts.page'

interface Created {
  id: number
}

/** A 综合执法大队 with its two posts and one 行政处罚 power, entered through the host's API. */
async function seedPenaltyPower(fc: FlowchartsPage): Promise<void> {
  const dept = await fc.call<Created>('department:create', { name: '综合执法大队' })
  const handler = await fc.call<Created>('post:create', { departmentId: dept.id, name: '行政处罚承办岗', isKey: true })
  const reviewer = await fc.call<Created>('post:create', { departmentId: dept.id, name: '行政处罚审核岗', isKey: true })
  const types = await fc.call<{ id: number; name: string }[]>('powerType:list')
  await fc.call('power:create', {
    code: 'CF001',
    name: '对未取得道路运输经营许可擅自从事经营的处罚',
    typeId: types.find((t) => t.name === '行政处罚')?.id,
    departmentId: dept.id,
    postIds: [handler.id, reviewer.id],
    decisionPostId: reviewer.id,
    implementationPostId: handler.id,
    promisedLimit: '90个工作日',
  })
}

test('draw a 行政处罚 chart: template, add and connect a step, undo, auto-layout, reload', async ({ page, host }) => {
  // a long walk through the editor on a CPU shared with other work
  test.setTimeout(180_000)
  const fc = new FlowchartsPage(page)
  await fc.launch(host.url)
  await seedPenaltyPower(fc)
  await fc.open()
  await expect(page.getByTestId('flowchart-counts')).toHaveText('共1项职权：未绘制 1 项，有问题 0 项，完整 0 项')
  await expect(fc.row('CF001').getByTestId('chart-state')).toHaveText('未绘制')

  // open the power and apply the 行政处罚 template (suggested for its type)
  await fc.row('CF001').getByRole('button', { name: '绘制' }).click()
  await expect(fc.editor).toBeVisible()
  await page.getByRole('button', { name: '套用模板' }).click()
  await expect(page.locator('.ant-modal:visible')).toContainText('行政处罚流程（推荐）')
  await page.locator('.ant-modal:visible').getByRole('button', { name: '套用' }).click()
  await expect(fc.nodes).toHaveCount(10)
  await expect(fc.edges).toHaveCount(11)
  await expect(fc.node('决定')).toContainText('行政处罚审核岗')
  await fc.expectSaved()
  await expect(page.getByTestId('fc-checks')).toContainText('检查通过')

  // add a node from the palette, set its post and time limit
  await fc.addFromPalette('归档')
  await expect(fc.nodes).toHaveCount(11)
  await expect(page.getByTestId('fc-checks')).toContainText('孤立的环节')
  await fc.choose(fc.inspector('承办岗位'), '综合执法大队 / 行政处罚承办岗')
  await fc.inspector('办理时限（工作日）').fill('3')
  await expect(fc.node('归档')).toContainText('行政处罚承办岗 · 3个工作日')

  // connect it: 执行 → 归档 → 结案
  await fc.connect('执行', '归档')
  await expect(fc.edges).toHaveCount(12)
  await fc.connect('归档', '结案')
  await expect(fc.edges).toHaveCount(13)
  await expect(page.getByTestId('fc-checks')).not.toContainText('孤立的环节')

  // undo the last connection, redo it; delete a step with the keyboard and undo that too
  await fc.editor.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } })
  await page.keyboard.press('Control+z')
  await expect(fc.edges).toHaveCount(12)
  await page.keyboard.press('Control+y')
  await expect(fc.edges).toHaveCount(13)
  await fc.node('听证（可选）').click()
  await page.keyboard.press('Delete')
  await expect(fc.nodes).toHaveCount(10)
  await page.keyboard.press('Control+z')
  await expect(fc.nodes).toHaveCount(11)
  await expect(fc.edges).toHaveCount(13)

  // one-click auto-layout (elkjs in a worker): the step added last, drawn below 结案, moves between 执行 and 结案
  expect(await fc.yOf('归档')).toBeGreaterThan(await fc.yOf('结案'))
  await page.getByRole('button', { name: '自动排版' }).click()
  // elkjs loads in the worker on first use: generous on a busy CPU
  await expect.poll(async () => (await fc.yOf('归档')) < (await fc.yOf('结案')), { timeout: 60_000 }).toBe(true)
  expect(await fc.yOf('执行')).toBeLessThan(await fc.yOf('归档'))
  await fc.expectSaved()
  await page.screenshot({ path: 'test-results/flowchart-editor.png' })

  // reload: the chart is intact
  await page.reload()
  await expect(fc.nodes).toHaveCount(11)
  await expect(fc.edges).toHaveCount(13)
  await expect(fc.node('归档')).toContainText('行政处罚承办岗 · 3个工作日')
  await expect(page.getByTestId('fc-checks')).toContainText('检查通过')

  // back in the list the power's chart is 完整
  await page.getByRole('button', { name: '返回列表' }).click()
  await expect(fc.row('CF001').getByTestId('chart-state')).toHaveText('完整')
  await expect(page.getByTestId('flowchart-counts')).toHaveText('共1项职权：未绘制 0 项，有问题 0 项，完整 1 项')
})
