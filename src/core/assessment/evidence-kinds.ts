import { evidenceKeys } from '../figures/figure-definition';
import { figure } from '../figures/figure-catalogue';
import type { CounterKey } from '../figures/counters';
import type { EvidenceKind } from './assessment.model';
import type { MeasureSource } from './scheme';

/**
 * Which records stand behind a measure: the counters of a figure come from one kind of record
 * (a rating from a demand, a coverage from the enterprises at the snapshot, a finding from a spot
 * check), so a score drills down to the records of that kind that added to those counters.
 */
const GROUP_KINDS: Record<string, EvidenceKind> = {
  demand: 'demands', timeliness: 'demands', satisfaction: 'demands', onboarding: 'enterprises',
  handover: 'handover_tasks', reports: 'reports', research: 'research_visits', policy: 'promotions', spotCheck: 'spot_checks',
};

/** The service group mixes the enterprises' state (coverage) with contacts done in the period. */
const STOCK_SERVICE_KEYS: ReadonlySet<string> = new Set(['enterprises', 'contactWithinCadence', 'visitWithinCadence', 'contactLongOverdue', 'stewards']);

/** The record kind behind a figure or input, or null when there are none to list (a confidential count, a yes/no input). */
export const evidenceKindOf = (source: MeasureSource): EvidenceKind | null => {
  if ('input' in source) return source.input === 'trainingCompletionRate' ? 'training' : null;
  const f = figure(source.figure);
  if (f.group !== 'service') return GROUP_KINDS[f.group] ?? null;
  return evidenceKeys(f).every((k) => STOCK_SERVICE_KEYS.has(k)) ? 'enterprises' : 'contacts';
};

/** The counters a drill-down lists for a source (the figure's evidence keys; none for inputs). */
export const evidenceCounters = (source: MeasureSource): CounterKey[] => ('figure' in source ? evidenceKeys(figure(source.figure)) : []);

/** A source's key as the evidence action names it: the figure key or the input key. */
export const sourceKey = (source: MeasureSource): string => ('figure' in source ? source.figure : source.input);

/** Why some measures list no records. */
export const NO_RECORDS_NOTE: Record<string, string> = {
  integrityFindings: '廉洁问题的反映内容和反映人保密，这里只计件数；详情由区科经委在廉洁监督中查看。',
  summaryOnTime: '年度总结按时报送情况由报送记录认定。',
};
