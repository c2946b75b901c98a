/**
 * The form's hierarchy rules, applied to an import: a 子项 cannot have 子项, and a 主项 that has
 * 子项 cannot become a 子项. Checked on the state after the import — the file's records over the
 * workspace's powers — so neither the file alone nor the file together with the database can
 * build a third level. Pure, no IO.
 */
import type { ImportError } from '../../../../shared/domain/power-import.schema'
import type { ExistingPower } from './child-codes'

export interface HierarchyRecord {
  row: number
  code: string
  name: string
  parentCode: string | null
}

interface Place {
  parentCode: string | null
  /** the sheet row that sets it, or null when it stays as the workspace has it */
  row: number | null
}

export function checkImportHierarchy<R extends HierarchyRecord>(
  records: readonly R[],
  existing: readonly ExistingPower[],
  columnOf: (rec: R) => string,
): ImportError[] {
  const finalPlace = new Map<string, Place & { name: string }>()
  for (const p of existing) finalPlace.set(p.code, { parentCode: p.parentCode, row: null, name: p.name })
  for (const r of records) finalPlace.set(r.code, { parentCode: r.parentCode, row: r.row, name: r.name })

  // the 子项 each code will have: the file's, plus the workspace's that the file does not move
  const children = new Map<string, { code: string; name: string; row: number | null }[]>()
  const addChild = (parent: string, child: { code: string; name: string; row: number | null }) => {
    const list = children.get(parent) ?? []
    list.push(child)
    children.set(parent, list)
  }
  for (const [code, place] of finalPlace) {
    if (place.parentCode !== null) addChild(place.parentCode, { code, name: place.name, row: place.row })
  }

  const errors: ImportError[] = []
  for (const rec of records) {
    if (rec.parentCode === null) continue
    const parent = finalPlace.get(rec.parentCode)
    if (parent && parent.parentCode !== null) {
      const where = parent.row === null ? '在本单位清单中' : `在文件第${parent.row}行`
      errors.push({
        row: rec.row,
        column: columnOf(rec),
        message: `主项“${rec.parentCode}”${where}是“${parent.parentCode}”的子项，子项下不能再设子项，“${rec.code}”不能作为它的子项`,
      })
    }
    const own = children.get(rec.code)?.[0]
    if (own) {
      const where = own.row === null ? `在本单位清单中已有子项“${own.code} ${own.name}”` : `在文件第${own.row}行有子项“${own.code}”`
      errors.push({
        row: rec.row,
        column: columnOf(rec),
        message: `事项“${rec.code}”${where}，已有子项的事项不能再作为“${rec.parentCode}”的子项`,
      })
    }
  }
  return errors
}
