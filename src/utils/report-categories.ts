/** The eight key-information categories of guideline art. 5.5 (REPORT_CATEGORIES in fieldwork.contracts.ts, without zod). */
export const REPORT_CATEGORIES = ['经营业绩变动', '重大投融资计划及进展', '新产品和研发重大进展', '董事会/发布会等重大活动', '企业迁入迁出', '企业政策享受', '外省市领导来访调研', '所处行业发展动态'] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];
