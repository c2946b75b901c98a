import { useState } from 'react'
import { useSearchParams } from 'react-router'

/**
 * What a link into 单位与人员 asks a tab to show first (?search=…&department=…&missing=ab), e.g. from
 * a delete refusal or 工作台's “去设置 A/B 岗”. Read once when the tab mounts; the tab owns it after.
 */
export function useUrlState(): { search: string; departmentId: number | undefined; missingAb: boolean } {
  const [params] = useSearchParams()
  const [initial] = useState(() => {
    const dept = Number(params.get('department'))
    return {
      search: params.get('search') ?? '',
      departmentId: Number.isInteger(dept) && dept > 0 ? dept : undefined,
      missingAb: params.get('missing') === 'ab',
    }
  })
  return initial
}
