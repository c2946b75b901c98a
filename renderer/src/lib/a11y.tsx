/**
 * Accessible names antd's zh_CN locale leaves in English (“Clear”, “Select all”, “Select row N”,
 * the search button's “search” icon name): every page takes its Chinese ones from here.
 */
import { CloseCircleFilled, SearchOutlined } from '@ant-design/icons'

export const A11Y = {
  clear: '清除',
  search: '搜索',
  selectAll: '全选',
  selectRow: (name: string) => `选择：${name}`,
}

/** `allowClear` for Select: the clear button is named “清除”. */
export const CLEARABLE = { clearIcon: <CloseCircleFilled aria-hidden />, label: A11Y.clear }

/** `allowClear` for Input / Input.Search: the clear button takes its name from the icon. */
export const INPUT_CLEARABLE = { clearIcon: <CloseCircleFilled aria-label={A11Y.clear} /> }

/** `searchIcon` for Input.Search: the button is named “搜索”. */
export const SEARCH_ICON = <SearchOutlined aria-label={A11Y.search} />

/** Row-selection checkboxes named after their row (“选择：道路旅客运输经营许可”) and “全选” above them. */
export function selectionLabels<T>(name: (row: T) => string) {
  return {
    getTitleCheckboxProps: () => ({ 'aria-label': A11Y.selectAll }),
    getCheckboxProps: (row: T) => ({ 'aria-label': A11Y.selectRow(name(row)) }),
  }
}
