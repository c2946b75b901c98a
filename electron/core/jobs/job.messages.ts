/** Every sentence the job machinery shows to people. */
export const JOB_MSG = {
  queued: '排队等待中…',
  starting: '正在启动后台任务…',
  committing: '正在写入数据库…',
  done: '已完成',
  cancelled: '已取消，数据未改动',
  cancelTooLate: '已开始写入数据库，无法取消；写入会完整完成或完整撤销',
  notFound: '找不到该后台任务（可能已完成很久而被清理），请重新操作',
  tooMany: (n: number) => `后台任务过多（同时最多 ${n} 个），请等待当前任务完成后再试`,
  outOfMemory: (mb: number) => `处理所需内存超过上限（${mb} MB），任务已停止，数据未改动。请减少数据量后重试`,
  exited: (code: number) => `后台任务意外终止（退出码 ${code}），数据未改动。请重试，若反复出现请联系技术支持`,
  crashed: '后台任务发生内部错误，数据未改动。请重试，若反复出现请联系技术支持',
  noWorker: '找不到后台任务程序文件，安装可能不完整，请重新安装本程序',
  closed: '程序正在关闭，后台任务已停止，数据未改动',
} as const
