/** Words of the progress display every long job shares (import, export, later reports and the package). */
export const JOB_UI = {
  cancel: '取消',
  cancelling: '正在取消…',
  notCancellable: '正在写入，无法取消',
  starting: '正在准备…',
  cancelled: '已取消，数据未改动',
}
