import { stageInstances, type StageInput } from '../figures/demand-stages';
import type { DemandStageKey } from '../figures/counters';
import { shanghaiDate } from '../time/shanghai';
import { workingDayDeadline, type CalendarOverrides } from '../time/working-days';
import { AUTO_CLOSE_WORKING_DAYS, materialsMilestoneAt, type MaterialsMilestone } from './demand.deadlines';
import type { DemandStatus } from './demand.model';

/**
 * Deadlines again after the working-day calendar changed. Every running deadline is a number of
 * working days after an event on the timeline, so it is derived again from the timeline with the
 * new calendar (stageInstances: the same rules the figures use, pauses and committed extension
 * dates included), and only the stored fields that move are answered.
 */
export const DEADLINE_FIELDS = {
  review: 'reviewDueAt',
  contact: 'contactDueAt',
  resolve: 'resolveDueAt',
  reroute: 'rerouteDueAt',
  callback: 'callbackDueAt',
  rectify: 'rectifyDueAt',
  decide: 'decideDueAt',
} as const satisfies Record<DemandStageKey, string>;

export type DeadlineField = (typeof DEADLINE_FIELDS)[DemandStageKey] | 'autoCloseAt' | 'materialsDueAt';

export const DEADLINE_LABELS: Record<DeadlineField, string> = {
  reviewDueAt: '管家审核', contactDueAt: '部门联系企业', resolveDueAt: '部门办结', rerouteDueAt: '区科经委重新派单',
  callbackDueAt: '管家回访', rectifyDueAt: '部门整改', decideDueAt: '区科经委裁定', autoCloseAt: '未评价自动关闭', materialsDueAt: '补充材料提醒',
};

type Instant = Date | string;

export interface RecomputeInput extends StageInput {
  status: DemandStatus;
  pausedAt?: Instant;
  materialsMilestone?: MaterialsMilestone;
  timeline: ReadonlyArray<{ at: Instant; kind: string }>;
  reviewDueAt?: Instant;
  contactDueAt?: Instant;
  resolveDueAt?: Instant;
  rerouteDueAt?: Instant;
  callbackDueAt?: Instant;
  rectifyDueAt?: Instant;
  decideDueAt?: Instant;
  autoCloseAt?: Instant;
  materialsDueAt?: Instant;
}

export interface MovedDeadline {
  field: DeadlineField;
  from: Date;
  to: Date;
}

export const recomputedDeadlines = (d: RecomputeInput, overrides: CalendarOverrides): MovedDeadline[] => {
  const moved: MovedDeadline[] = [];
  const compare = (field: DeadlineField, to: Date) => {
    const stored = d[field];
    if (stored && new Date(stored).getTime() !== to.getTime()) moved.push({ field, from: new Date(stored), to });
  };
  // Only stages still running: a deadline met or passed by is history, not moved.
  const running = stageInstances(d, overrides, new Date(0)).filter((s) => !s.doneAt && !s.cancelledAt);
  for (const s of running) compare(DEADLINE_FIELDS[s.stage], s.dueAt);
  if (d.status === 'resolved' && d.autoCloseAt) {
    const last = [...d.timeline].reverse().find((e) => e.kind === 'resolved' || e.kind === 'rectified');
    if (last) compare('autoCloseAt', workingDayDeadline(new Date(last.at), AUTO_CLOSE_WORKING_DAYS, overrides));
  }
  if (d.status === 'waiting_enterprise' && d.pausedAt && d.materialsMilestone) compare('materialsDueAt', materialsMilestoneAt(new Date(d.pausedAt), d.materialsMilestone, overrides));
  return moved;
};

const monthDay = (d: Date) => {
  const date = shanghaiDate(d);
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
};

/** The timeline note: which deadlines moved, from when to when. */
export const movedDeadlinesText = (moved: readonly MovedDeadline[], why: string): string =>
  `工作日历调整（${why}）：${moved.map((m) => `${DEADLINE_LABELS[m.field]}期限由${monthDay(m.from)}改为${monthDay(m.to)}`).join('；')}`;
