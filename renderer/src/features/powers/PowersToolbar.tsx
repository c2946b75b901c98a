import type { Department } from '@shared/domain/org.schema'
import {
  POWER_LEVEL_LABELS,
  POWER_LEVELS,
  POWER_STATUSES,
  type PowerLevel,
  type PowerList,
  type PowerStatus,
  type PowerType,
} from '@shared/domain/power.schema'
import { Button, Checkbox, Input, Select, Tag } from 'antd'
import { CLEARABLE, INPUT_CLEARABLE, SEARCH_ICON } from '../../lib/a11y'
import { searchBoxWidth } from '../../lib/table-columns'
import { POWERS } from './powers.strings'
import { hasFilters, NO_FILTERS, type PowerFilters } from './usePowers'

const S = POWERS.toolbar

interface Props {
  filters: PowerFilters
  onChange(next: PowerFilters): void
  types: PowerType[]
  departments: Department[]
}

/** Search box and every filter of the power list. */
export function PowersToolbar({ filters, onChange, types, departments }: Props) {
  const set = (patch: Partial<PowerFilters>) => onChange({ ...filters, ...patch })
  return (
    <div className="table-toolbar powers-toolbar">
      <div className="table-toolbar-filters">
        <Input.Search
          allowClear={INPUT_CLEARABLE}
          searchIcon={SEARCH_ICON}
          value={filters.search}
          placeholder={S.search}
          aria-label={S.search}
          onChange={(e) => set({ search: e.target.value })}
          onSearch={(v) => set({ search: v })}
          style={{ width: searchBoxWidth(S.search) }}
        />
        <Select<number[]>
          mode="multiple"
          allowClear={CLEARABLE}
          aria-label={S.typesFilter}
          placeholder={S.allTypes}
          value={filters.typeIds}
          onChange={(v) => set({ typeIds: v })}
          options={types.map((t) => ({ value: t.id, label: t.name }))}
          maxTagCount="responsive"
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 168 }}
        />
        <Select<number | undefined>
          allowClear={CLEARABLE}
          aria-label={S.departmentFilter}
          placeholder={S.allDepartments}
          value={filters.departmentId}
          onChange={(v) => set({ departmentId: v })}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 150 }}
        />
        <Select<PowerStatus | undefined>
          allowClear={CLEARABLE}
          aria-label={S.statusFilter}
          placeholder={S.allStatuses}
          value={filters.status}
          onChange={(v) => set({ status: v })}
          options={POWER_STATUSES.map((s) => ({ value: s, label: POWERS.status[s] }))}
          style={{ width: 110 }}
        />
        <Checkbox checked={filters.projectApproval} onChange={(e) => set({ projectApproval: e.target.checked })}>
          {S.projectApproval}
        </Checkbox>
        <Checkbox checked={filters.highConcern} onChange={(e) => set({ highConcern: e.target.checked })}>
          {S.highConcern}
        </Checkbox>
        <Select<PowerLevel | undefined>
          allowClear={CLEARABLE}
          aria-label={S.levelFilter}
          placeholder={S.allLevels}
          value={filters.level}
          onChange={(v) => set({ level: v })}
          options={POWER_LEVELS.map((l) => ({ value: l, label: POWER_LEVEL_LABELS[l] }))}
          style={{ width: 110 }}
        />
        {hasFilters(filters) && (
          <Button type="link" size="small" onClick={() => onChange(NO_FILTERS)}>
            {S.reset}
          </Button>
        )}
      </div>
    </div>
  )
}

interface CountsProps {
  list: PowerList
  /** the whole inventory, shown beside a filtered total */
  unfilteredTotal: number | null
  filters: PowerFilters
  onChange(next: PowerFilters): void
}

/** Per-type counts (click one to show only that type) and “共 N 项”. */
export function TypeCounts({ list, unfilteredTotal, filters, onChange }: CountsProps) {
  const toggle = (typeId: number) => {
    const only = filters.typeIds.length === 1 && filters.typeIds[0] === typeId
    onChange({ ...filters, typeIds: only ? [] : [typeId] })
  }
  return (
    <div className="powers-counts">
      <div className="powers-type-tags">
        {list.byType.length > 0 && <span className="powers-counts-label">{S.byType}</span>}
        {list.byType.map((t) => (
          <Tag.CheckableTag
            key={t.typeId}
            data-testid={`type-count-${t.typeName}`}
            checked={filters.typeIds.includes(t.typeId)}
            onChange={() => toggle(t.typeId)}
            className="powers-type-tag"
          >
            {t.typeName}
            <span className="powers-type-count">{t.count}</span>
          </Tag.CheckableTag>
        ))}
      </div>
      <div className="powers-total">
        <span data-testid="powers-total">{S.total(list.total)}</span>
        {unfilteredTotal !== null && unfilteredTotal !== list.total && <span className="cell-muted">{S.totalOf(unfilteredTotal)}</span>}
      </div>
    </div>
  )
}
