import { PlusOutlined } from '@ant-design/icons'
import { Button, Empty, Input, Tooltip } from 'antd'
import type { ReactNode } from 'react'
import { INPUT_CLEARABLE, SEARCH_ICON } from '../../lib/a11y'
import { searchBoxWidth } from '../../lib/table-columns'
import { ORG } from './org.strings'

interface Props {
  search: string
  onSearch(value: string): void
  searchPlaceholder: string
  filters?: ReactNode
  addText: string
  onAdd(): void
  addDisabledReason?: string
}

/** Search box and filters on the left, the “新增…” button on the right. */
export function TableToolbar({ search, onSearch, searchPlaceholder, filters, addText, onAdd, addDisabledReason }: Props) {
  const add = (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onAdd} disabled={addDisabledReason !== undefined}>
      {addText}
    </Button>
  )
  return (
    <div className="table-toolbar">
      <div className="table-toolbar-filters">
        <Input.Search
          allowClear={INPUT_CLEARABLE}
          searchIcon={SEARCH_ICON}
          value={search}
          placeholder={searchPlaceholder}
          aria-label={searchPlaceholder}
          onChange={(e) => onSearch(e.target.value)}
          onSearch={onSearch}
          style={{ width: searchBoxWidth(searchPlaceholder) }}
        />
        {filters}
      </div>
      {addDisabledReason ? <Tooltip title={addDisabledReason}>{add}</Tooltip> : add}
    </div>
  )
}

/** What an empty table says: what to do next, or that the search/filter found nothing. */
export function TableEmpty({ search, filtered, text }: { search: string; filtered?: boolean; text: string }) {
  const q = search.trim()
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={q ? ORG.common.searchEmpty(q) : filtered ? ORG.common.filterEmpty : text}
    />
  )
}
