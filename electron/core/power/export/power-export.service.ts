import type { ExportProgress } from '../../docs/progress'
import type { Db } from '../../db/client'
import { exportPowersDocx } from './power-docx.service'
import { exportPowersXlsx } from './power-xlsx.service'

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export interface ExportedFile {
  fileName: string
  mimeType: string
  dataBase64: string
}

/** 权力清单.xlsx or 职权目录.docx as a file for the renderer (which saves it where the user chooses). */
export async function exportPowersFile(db: Db, format: 'xlsx' | 'docx', progress?: ExportProgress): Promise<ExportedFile> {
  const date = new Date().toISOString().slice(0, 10).replace(/-/g, '')
  const data = format === 'xlsx' ? await exportPowersXlsx(db, progress) : await exportPowersDocx(db, progress)
  return {
    fileName: format === 'xlsx' ? `权力清单_${date}.xlsx` : `职权目录_${date}.docx`,
    mimeType: format === 'xlsx' ? XLSX_MIME : DOCX_MIME,
    dataBase64: data.toString('base64'),
  }
}
