import { suggestInterviews } from '@/core/bulletin/interview-suggestions';
import { periodContaining, periodLabel, previousPeriod } from '@/core/figures/periods';
import { shanghaiDate } from '@/core/time/shanghai';
import { useAsyncData } from '@/hooks/use-async-data';
import { rankUnits } from '../services/inspection.service';

/** The quarter just ended: units ranked on its figures, with the bottom ranks and serious red flags suggested for interview. */
export function useQuarterRanking(enabled: boolean) {
  const quarter = previousPeriod(periodContaining('quarter', shanghaiDate(new Date())));
  const ranking = useAsyncData(async () => {
    if (!enabled) return null;
    const view = await rankUnits({ of: 'units', period: { kind: 'quarter', date: quarter.from } });
    const suggested = suggestInterviews(view.rows, Object.fromEntries(view.rows.map((r) => [r.id, r.flags])));
    return { view, suggested: new Map(suggested.map((s) => [s.id, s.reasons])) };
  }, `${quarter.from}|${enabled}`);
  return { quarter, label: periodLabel(quarter), ranking };
}
