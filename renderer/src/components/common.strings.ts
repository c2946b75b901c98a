/** User-facing text of the shared components (used by every feature). */
export const COMMON = {
  ok: '确定',
  cancel: '取消',
}
