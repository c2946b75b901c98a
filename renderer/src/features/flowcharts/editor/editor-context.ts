import type { RiskBadge } from '@shared/domain/flowchart.schema'
import { createContext } from 'react'

/** What nodes show besides their own data: post names, nodes with problems, risk badges. */
export interface EditorDisplay {
  postNames: ReadonlyMap<number, string>
  problemNodeIds: ReadonlySet<string>
  riskBadges: Readonly<Record<string, RiskBadge>>
}

export const EditorDisplayContext = createContext<EditorDisplay>({
  postNames: new Map(),
  problemNodeIds: new Set(),
  riskBadges: {},
})
