import type { ThemeConfig } from 'antd'

/** A calm government blue; distinct from the C-level risk blue (#1677ff) used for grading. */
export const BRAND_BLUE = '#1d4f91'
export const HEADER_BG = '#163d70'

export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: BRAND_BLUE,
    colorLink: BRAND_BLUE,
    // antd derives a greyish tint from this dark blue; selected rows and steps use this light blue
    colorPrimaryBg: '#e8eef7',
    colorPrimaryBgHover: '#dbe5f3',
    colorBgLayout: '#f2f4f8',
    borderRadius: 6,
    fontSize: 14,
    fontFamily:
      '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", -apple-system, "Segoe UI", sans-serif',
  },
  components: {
    Layout: {
      headerBg: HEADER_BG,
      headerHeight: 56,
      headerPadding: '0 24px',
      siderBg: '#ffffff',
      bodyBg: '#f2f4f8',
    },
    Menu: {
      itemBorderRadius: 4,
      itemMarginInline: 8,
      itemSelectedBg: '#e8eef7',
      itemSelectedColor: BRAND_BLUE,
      groupTitleFontSize: 12,
    },
    Card: { headerFontSize: 15 },
    Table: { headerBg: '#f5f7fa' },
  },
}
