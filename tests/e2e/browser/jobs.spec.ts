import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { readFileSync } from 'node:fs'
import { scalePowerWorkbook } from '../../../electron/cli/bench/powers.bench'
import { expect, test } from '../host.fixture'
import { JobProgressPanel } from '../pages/job-progress.page'
import { PowersPage } from '../pages/powers.page'

const ROWS = 5000
// a few thousand rows keep the worker busy long enough on any machine for the progress to be seen
const SLOW = { timeout: 60_000 }

test('import and export run as jobs: progress with phase and 取消; a cancelled import changes nothing', async ({ page, host }) => {
  test.setTimeout(300_000)
  const file = join(host.dataDir, '规模权责清单.xlsx')
  writeFileSync(file, await scalePowerWorkbook(ROWS, ['办公室']))
  const powers = new PowersPage(page)
  const progress = new JobProgressPanel(page)
  await powers.launch(host.url)
  await powers.open()
  await expect(page.getByTestId('powers-empty')).toBeVisible()

  // reading and checking the file is a job: its progress shows while the worker reads
  await page.getByRole('button', { name: '导入 Excel', exact: true }).click()
  await powers.wizard.locator('input[type=file]').setInputFiles(file)
  await progress.expectWorking()
  await expect(powers.wizard.getByTestId('import-counts')).toBeVisible(SLOW)
  await powers.wizard.getByLabel('自动创建缺失的机构和类型').check()
  await expect(powers.wizard.getByRole('tab', { name: '问题（0）' })).toBeVisible(SLOW)

  // the commit is a job too: cancel it while it reads the file again, and nothing is written
  await powers.wizard.getByRole('button', { name: '导入', exact: true }).click()
  // click 取消 the moment it shows: the worker reads the whole file again before its write transaction
  await progress.cancel()
  await powers.expectToast('已取消，数据未改动')
  await expect(progress.root).toBeHidden()
  await expect(powers.wizard.getByRole('button', { name: '导入', exact: true })).toBeEnabled()

  // run it to the end this time
  await powers.wizard.getByRole('button', { name: '导入', exact: true }).click()
  await progress.expectWorking()
  await expect(powers.wizard.getByTestId('import-summary')).toContainText(String(ROWS), SLOW)
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('powers-total')).toHaveText(`共 ${ROWS} 项`)

  // export: a dialog with the phase and the bar, then the file
  await progress.recordPhases()
  await page.getByRole('button', { name: '导出' }).click()
  const download = page.waitForEvent('download', SLOW)
  await page.getByRole('menuitem', { name: 'Word 职权目录（.docx）' }).click()
  const docx = await download
  await expect(progress.root).toBeHidden()
  // the dialog showed the job's phases (with a warm worker it may be open for well under a second)
  expect((await progress.seenPhases()).join('、')).toMatch(/正在准备…|读取职权数据|生成并压缩文档/)
  expect(docx.suggestedFilename()).toMatch(/^职权目录_\d{8}\.docx$/)
  const zip = await JSZip.loadAsync(readFileSync(await docx.path()))
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  expect(xml.match(/<w:tr>/g)?.length).toBe(ROWS + 1)
})
