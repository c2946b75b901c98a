import { expect, type Page } from '@playwright/test'
import { AppPage } from './app.page'

type TabName = '单位概况' | '内设机构' | '岗位' | '人员'

/** 单位与人员: the unit profile form and the departments / posts / persons tabs. */
export class OrgPage extends AppPage {
  constructor(page: Page) {
    super(page)
  }

  async open(): Promise<void> {
    await this.goto(/单位与人员/)
    await expect(this.page.getByRole('tab', { name: '单位概况' })).toBeVisible()
  }

  private current: TabName = '单位概况'

  async tab(name: TabName): Promise<void> {
    await this.page.getByRole('tab', { name }).click()
    this.current = name
  }

  /** After a link opened a tab: checks it is the one on show and works on it from now on. */
  async expectTab(name: TabName): Promise<void> {
    await expect(this.page.getByRole('tab', { name, selected: true })).toBeVisible()
    this.current = name
  }

  async fillUnit(v: { name: string; creditCode: string; unitType: string; supervisor?: string }): Promise<void> {
    const form = this.page.getByTestId('unit-form')
    await form.getByLabel('单位名称').fill(v.name)
    await form.getByLabel('统一社会信用代码').fill(v.creditCode)
    await this.choose(form.getByLabel('单位类型'), v.unitType)
    if (v.supervisor) await form.getByLabel('上级主管部门').fill(v.supervisor)
  }

  async saveUnit(): Promise<void> {
    await this.page.getByTestId('unit-form').getByRole('button', { name: '保存' }).click()
  }

  /** A table row of the tab on show (inactive tabs stay mounted). */
  row(name: RegExp) {
    return this.page.getByRole('tabpanel', { name: this.current }).getByRole('row', { name })
  }

  /** The tab panel on show. */
  panel() {
    return this.page.getByRole('tabpanel', { name: this.current })
  }

  modal() {
    return this.page.locator('.ant-modal:visible')
  }

  /** A name column (机构名称 / 岗位名称 / 姓名) of the tab on show, top to bottom. */
  async names(header: '机构名称' | '岗位名称' | '姓名'): Promise<string[]> {
    return this.columnTexts(this.panel(), header)
  }

  moveButton(name: string, direction: '上移' | '下移') {
    return this.row(new RegExp(name)).getByRole('button', { name: `${direction}：${name}` })
  }

  async move(name: string, direction: '上移' | '下移'): Promise<void> {
    await this.moveButton(name, direction).click()
  }

  /** Clicks 删除 of a row: either the confirmation or the refusal appears at once. */
  async startDelete(name: RegExp): Promise<void> {
    await this.row(name).getByRole('button', { name: '删除' }).click()
  }

  get refusal() {
    return this.page.getByTestId('delete-refused')
  }

  async addDepartment(name: string, duties = ''): Promise<void> {
    await this.tab('内设机构')
    await this.page.getByRole('button', { name: '新增机构' }).click()
    await this.modal().getByLabel('机构名称').fill(name)
    if (duties) await this.modal().getByLabel('主要职责').fill(duties)
    await this.modal().getByRole('button', { name: '确定' }).click()
    await this.expectToast('已新增')
  }

  async addPost(v: { department: string; name: string; duties?: string; key?: boolean }): Promise<void> {
    await this.tab('岗位')
    await this.page.getByRole('button', { name: '新增岗位' }).click()
    await this.choose(this.modal().getByLabel('所属机构'), v.department)
    await this.modal().getByLabel('岗位名称').fill(v.name)
    if (v.duties) await this.modal().getByLabel('岗位职责').fill(v.duties)
    if (v.key) await this.modal().getByLabel('重点岗位').click()
    await this.modal().getByRole('button', { name: '确定' }).click()
    await this.expectToast('已新增')
  }

  async addPerson(v: { name: string; title: string; roleLevel: string; department?: string }): Promise<void> {
    await this.tab('人员')
    await this.page.getByRole('button', { name: '新增人员' }).click()
    await this.modal().getByLabel('姓名').fill(v.name)
    await this.modal().getByLabel('职务').fill(v.title)
    await this.choose(this.modal().getByLabel('角色层级'), v.roleLevel)
    if (v.department) await this.choose(this.modal().getByLabel('所属机构'), v.department)
    await this.modal().getByRole('button', { name: '确定' }).click()
    await this.expectToast('已新增')
  }

  async assign(post: string, a: string, b: string): Promise<void> {
    await this.tab('岗位')
    await this.row(new RegExp(post)).getByRole('button', { name: 'A/B岗' }).click()
    await this.choose(this.modal().getByLabel('A岗人员'), a)
    await this.choose(this.modal().getByLabel('B岗人员'), b)
    await this.modal().getByRole('button', { name: '确定' }).click()
    await this.expectToast('已保存')
  }
}
