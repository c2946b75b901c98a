/** Reports what a long export is doing: a Chinese phase and a fraction 0–1 (see electron/core/jobs). */
export type ExportProgress = (phase: string, fraction: number) => void
