import type { CalendarCoverage } from './calendar-coverage';

// Apart from calendar-coverage.ts so the district home reads the warning without bundling the
// holiday package into the mini-program's main package.

/** The warning the district sees while the days ahead lack an official schedule, or null. */
export const coverageWarning = (c: Pick<CalendarCoverage, 'uncoveredFrom' | 'horizonDays'>): { title: string; body: string } | null => {
  if (!c.uncoveredFrom) return null;
  const year = c.uncoveredFrom.slice(0, 4);
  const month = Number(c.uncoveredFrom.slice(5, 7));
  const day = Number(c.uncoveredFrom.slice(8, 10));
  return {
    title: `${year} 年的节假日安排尚未录入`,
    body: `未来 ${c.horizonDays} 天内，${year}年${month}月${day}日起没有官方放假和调休数据，系统暂按周一至周五计算工作日，诉求、交接等办理期限可能不准。请在国务院公布后录入${year}年的安排。`,
  };
};
