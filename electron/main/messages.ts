/** Every user-visible string of the Electron main process, in one place for review. */
export const APP_TITLE = '阳光权力自查台'

export const MSG = {
  unauthorizedSender: '调用来源不是本程序的主窗口页面，请求已被拒绝',
  ipcFailed: '操作失败：程序内部错误，数据未改动。请重试，若反复出现请联系技术支持',
  openFailedTitle: '无法打开工作区',
  openFailedGeneric: (dataDir: string, detail: string) =>
    `打开工作区失败，程序没有修改任何数据。\n\n工作区位置：${dataDir}\n错误信息：${detail}`,
  nativeMismatch: (dataDir: string) =>
    `数据库组件与当前 Electron 版本不匹配，程序没有修改任何数据。\n\n工作区位置：${dataDir}\n` +
    '开发环境请运行 npm start（会为 Electron 重新构建数据库组件）；安装版请重新安装本程序。',
  aboutTitle: '关于',
  aboutDetail: (version: string, dataDir: string) =>
    `版本 ${version}\n工作区位置：${dataDir}\n\n本程序完全离线运行，所有数据仅保存在本机。`,
  menu: {
    file: '文件',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新加载',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullscreen: '全屏',
    devTools: '开发者工具',
    help: '帮助',
    about: '关于阳光权力自查台',
  },
} as const
