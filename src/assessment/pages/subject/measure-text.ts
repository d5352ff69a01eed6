import type { MeasureSource } from '@/core/assessment/scheme';
import { formatFigure } from '@/core/figures/figure-catalogue';

/** A measure's key (figure or input) and its value as people read it. */
export const measureKey = (s: MeasureSource) => ('figure' in s ? s.figure : s.input);

export const measureValueText = (s: MeasureSource, value: number | null): string => {
  if ('figure' in s) return formatFigure(s.figure, value);
  if (value === null) return '—';
  return s.input === 'integrityFindings' ? `${value} 件` : `${Math.round(value * 1000) / 10}%`;
};
