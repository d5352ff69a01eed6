import { useState } from 'react';
import type { PeriodInput } from '@/core/contracts/figures.contracts';
import type { SliceDimension } from '@/core/figures/contributions';
import type { PeriodKind } from '@/core/figures/periods';

export interface SliceChoice {
  /** Left out: the caller's own (the district's, their unit, themselves, their department). */
  dimension?: SliceDimension;
  id?: string;
  /** Shown while the figures load, e.g. a steward's name from the link. */
  name?: string;
}

export interface PeriodChoice {
  kind: PeriodKind;
  /** A day inside a week, month, quarter or year; today when empty. */
  date: string;
  from: string;
  to: string;
}

/** The period as the figures actions take it; null while a custom range lacks an end. */
export const periodInputOf = (p: PeriodChoice): PeriodInput | null => {
  if (p.kind !== 'custom') return p.date ? { kind: p.kind, date: p.date } : { kind: p.kind };
  return p.from && p.to ? { kind: 'custom', from: p.from, to: p.to } : null;
};

export const sliceInputOf = (s: SliceChoice) => ({ ...(s.dimension ? { dimension: s.dimension } : {}), ...(s.id ? { id: s.id } : {}) });

/** What the figures screen shows: which period and whose figures; the month by default. */
export function useFiguresQuery(initialSlice: SliceChoice) {
  const [period, setPeriod] = useState<PeriodChoice>({ kind: 'month', date: '', from: '', to: '' });
  const [slice, setSlice] = useState<SliceChoice>(initialSlice);
  const periodInput = periodInputOf(period);
  const sliceInput = sliceInputOf(slice);
  return {
    period,
    changePeriod: (patch: Partial<PeriodChoice>) => setPeriod((p) => ({ ...p, ...patch })),
    slice,
    setSlice,
    periodInput,
    sliceInput,
    /** Keys that reload what depends on them. */
    periodKey: JSON.stringify(periodInput),
    sliceKey: JSON.stringify(sliceInput),
  };
}
