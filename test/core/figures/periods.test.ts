import { customPeriod, periodBounds, periodContaining, periodLabel, previousPeriod, rollupCover, samePeriodLastYear } from '@/core/figures/periods';
import { AppError } from '@/core/errors';

describe('reporting periods on the Shanghai calendar', () => {
  it('finds the week (Monday to Sunday), month, quarter and year containing a date', () => {
    expect(periodContaining('week', '2025-11-19')).toEqual({ kind: 'week', from: '2025-11-17', to: '2025-11-23' });
    expect(periodContaining('week', '2025-11-23')).toEqual({ kind: 'week', from: '2025-11-17', to: '2025-11-23' });
    expect(periodContaining('month', '2024-02-10')).toEqual({ kind: 'month', from: '2024-02-01', to: '2024-02-29' });
    expect(periodContaining('quarter', '2025-11-19')).toEqual({ kind: 'quarter', from: '2025-10-01', to: '2025-12-31' });
    expect(periodContaining('year', '2025-11-19')).toEqual({ kind: 'year', from: '2025-01-01', to: '2025-12-31' });
  });

  it('names periods the way people do', () => {
    expect(periodLabel(periodContaining('month', '2025-11-19'))).toBe('2025年11月');
    expect(periodLabel(periodContaining('quarter', '2025-11-19'))).toBe('2025年第四季度');
    expect(periodLabel(periodContaining('week', '2025-12-31'))).toBe('2025年12月29日—2026年1月4日');
    expect(periodLabel(customPeriod('2025-11-03', '2025-11-20'))).toBe('2025年11月3日—11月20日');
  });

  it('steps back to the previous period and the same period last year', () => {
    expect(previousPeriod(periodContaining('month', '2025-03-15'))).toEqual({ kind: 'month', from: '2025-02-01', to: '2025-02-28' });
    expect(previousPeriod(periodContaining('quarter', '2025-01-15'))).toEqual({ kind: 'quarter', from: '2024-10-01', to: '2024-12-31' });
    expect(previousPeriod(customPeriod('2025-11-11', '2025-11-20'))).toEqual({ kind: 'custom', from: '2025-11-01', to: '2025-11-10' });
    expect(samePeriodLastYear(periodContaining('month', '2024-02-29'))).toEqual({ kind: 'month', from: '2023-02-01', to: '2023-02-28' });
  });

  it('bounds a period by Shanghai midnights', () => {
    const { start, end } = periodBounds(periodContaining('month', '2025-11-01'));
    expect(start.toISOString()).toBe('2025-10-31T16:00:00.000Z');
    expect(end.toISOString()).toBe('2025-11-30T16:00:00.000Z');
  });

  it('covers a period with whole months and ragged days', () => {
    expect(rollupCover(periodContaining('year', '2025-06-01')).months).toHaveLength(12);
    expect(rollupCover(periodContaining('year', '2025-06-01')).days).toEqual([]);
    const cover = rollupCover(customPeriod('2025-10-30', '2025-12-02'));
    expect(cover).toEqual({ months: ['2025-11'], days: ['2025-10-30', '2025-10-31', '2025-12-01', '2025-12-02'] });
  });

  it('refuses a custom period that is backwards, malformed or longer than three years', () => {
    expect(() => customPeriod('2025-11-20', '2025-11-01')).toThrow(AppError);
    expect(() => customPeriod('2025-02-30', '2025-03-01')).toThrow('请选择有效的起止日期');
    expect(() => customPeriod('2020-01-01', '2025-01-01')).toThrow('自定义统计期最长 3 年');
  });
});
