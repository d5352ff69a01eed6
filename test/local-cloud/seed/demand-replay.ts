/**
 * Replays a stored demand's timeline through the demand machine and the deadline rules, the way
 * the app would have written it, and lists every way the stored document disagrees.
 */
import { AUTO_CLOSE_WORKING_DAYS, CALLBACK_WORKING_DAYS, DECIDE_WORKING_DAYS, currentDue, deadlineAfterPause, RECTIFY_WORKING_DAYS, RESOLVE_WORKING_DAYS, REROUTE_WORKING_DAYS } from '../../../src/core/demand/demand.deadlines';
import { checkStep, STEP_RULES, type DemandStep, type StepFacts } from '../../../src/core/demand/demand.machine';
import type { DemandStatus } from '../../../src/core/demand/demand.model';
import { FIRST_CONTACT_WORKING_DAYS, REVIEW_WORKING_DAYS } from '../../../src/core/demand/demand.rules';
import { workingDayDeadline, type CalendarOverrides } from '../../../src/core/time/working-days';
import type { DemandDoc } from '../../../server/db/documents';

const STEP_OF_KIND: Record<string, DemandStep> = {
  returned: 'return', revised: 'revise', withdrawn: 'withdraw', dispatched: 'dispatch', accepted: 'accept', contacted: 'recordContact',
  progress: 'progress', materials_requested: 'requestMaterials', materials_supplied: 'supplyMaterials', extended: 'extend',
  returned_by_department: 'returnMisrouted', reassigned: 'reassign', resolved: 'resolve', rated: 'rate', rated_bad: 'rate',
  called_back: 'callback', rectified: 'rectify', auto_closed: 'autoClose', commented: 'comment', rated_bad_again: 'rate',
  rectification_ordered: 'orderRectification', closed_unresolved: 'closeUnresolved', recalendared: 'recalendar',
};
const SUPERVISION = new Set(['overdue', 'escalated']);
/** The timer's notes on a wait for materials: not steps, no version. */
const MATERIALS_NOTES = new Set(['materials_reminded', 'materials_follow_up', 'materials_lapsed']);
const ms = (d?: Date | string) => (d === undefined ? undefined : new Date(d).getTime());

export const replayDemand = (d: DemandDoc, overrides: CalendarOverrides, lastHourlyRun: number): string[] => {
  const problems: string[] = [];
  const wdd = (at: Date, n: number) => workingDayDeadline(at, n, overrides).getTime();
  const expect = (what: string, actual: unknown, wanted: unknown) => {
    if (actual !== wanted) problems.push(`${what}: stored ${String(actual)}, expected ${String(wanted)}`);
  };
  const [first, ...rest] = d.timeline;
  expect('first event', first?.kind, 'submitted');
  expect('createdAt', ms(d.createdAt), ms(first?.at));
  let status: DemandStatus = 'submitted';
  let version = 1;
  let lastWrite = ms(first?.at);
  let previous = ms(first?.at)!;
  let closeReason: string | undefined;
  const due: Record<string, number | undefined> = { review: wdd(first.at, REVIEW_WORKING_DAYS) };
  let pausedAt: Date | undefined;
  let extensions = 0;
  let escalations = 0;
  const facts: StepFacts = { onBehalf: d.onBehalf };
  for (const e of rest) {
    const at = new Date(e.at);
    if (at.getTime() < previous) problems.push(`event ${e.kind} goes back in time`);
    previous = at.getTime();
    if (SUPERVISION.has(e.kind)) {
      if (e.actorId !== 'system') problems.push(`${e.kind} not by the system`);
      if (e.kind === 'escalated') escalations++;
      continue;
    }
    if (MATERIALS_NOTES.has(e.kind)) {
      if (e.kind === 'materials_lapsed') facts.materialsLapsed = true;
      continue;
    }
    const step = STEP_OF_KIND[e.kind];
    if (!step) {
      problems.push(`unknown event kind ${e.kind}`);
      continue;
    }
    const refusal = checkStep(step, status, step === 'autoClose' || step === 'recalendar' ? 'system' : e.actorRole, facts);
    if (refusal) problems.push(`${e.kind} refused in ${status}: ${refusal}`);
    const rule = STEP_RULES[step].to;
    status = rule === 'same' ? status : rule === 'by-rating' ? ({ rated_bad: 'rectifying', rated_bad_again: 'district_review' } as const)[e.kind as 'rated_bad'] ?? 'closed' : rule;
    if (e.kind === 'called_back') facts.calledBack = true;
    if (e.kind === 'rated_bad') facts.calledBack = false;
    if (e.kind === 'materials_supplied' || e.kind === 'resolved') facts.materialsLapsed = false;
    // 代提 is dispatched in the submission's own write.
    const withSubmission = d.onBehalf && e.kind === 'dispatched' && at.getTime() === ms(first.at);
    if (!withSubmission) version++;
    lastWrite = at.getTime();
    if (e.kind === 'revised') due.review = wdd(at, REVIEW_WORKING_DAYS);
    if (e.kind === 'dispatched' || e.kind === 'reassigned') {
      due.contact = wdd(at, FIRST_CONTACT_WORKING_DAYS);
      due.resolve = wdd(at, RESOLVE_WORKING_DAYS[d.complexity ?? 'simple']);
      due.reroute = undefined;
    }
    if (e.kind === 'returned_by_department') due.reroute = wdd(at, REROUTE_WORKING_DAYS);
    if (e.kind === 'materials_requested') pausedAt = at;
    if (e.kind === 'materials_supplied') due.resolve = deadlineAfterPause(new Date(due.resolve!), pausedAt!, at, overrides).getTime();
    if (e.kind === 'extended') due.resolve = ms(d.extensions?.[extensions++]?.newDueAt);
    if (e.kind === 'resolved' || e.kind === 'rectified') due.autoClose = wdd(at, AUTO_CLOSE_WORKING_DAYS);
    if (e.kind === 'rated' || e.kind === 'rated_bad') due.autoClose = undefined;
    if (e.kind === 'rated_bad') Object.assign(due, { callback: wdd(at, CALLBACK_WORKING_DAYS), rectify: wdd(at, RECTIFY_WORKING_DAYS) });
    if (e.kind === 'rated_bad_again') Object.assign(due, { decide: wdd(at, DECIDE_WORKING_DAYS) });
    if (e.kind === 'rectification_ordered') Object.assign(due, { decide: undefined, rectify: wdd(at, RECTIFY_WORKING_DAYS) });
    if (e.kind === 'closed_unresolved') due.decide = undefined;
    if (e.kind === 'rated' || e.kind === 'auto_closed' || e.kind === 'withdrawn' || e.kind === 'closed_unresolved') {
      closeReason = { rated: 'rated', auto_closed: 'auto', withdrawn: 'withdrawn', closed_unresolved: 'unresolved' }[e.kind];
    }
  }
  expect('status', d.status, status);
  expect('version', d.version, version);
  expect('updatedAt', ms(d.updatedAt), lastWrite);
  expect('closeReason', d.closeReason, closeReason);
  expect('extensions', d.extensions?.length ?? 0, extensions);
  expect('reviewDueAt', ms(d.reviewDueAt), due.review);
  expect('contactDueAt', ms(d.contactDueAt), due.contact);
  expect('resolveDueAt', ms(d.resolveDueAt), due.resolve);
  expect('rerouteDueAt', ms(d.rerouteDueAt), due.reroute);
  expect('autoCloseAt', ms(d.autoCloseAt), due.autoClose);
  expect('callbackDueAt', ms(d.callbackDueAt), due.callback);
  expect('rectifyDueAt', ms(d.rectifyDueAt), due.rectify);
  expect('decideDueAt', ms(d.decideDueAt), due.decide);
  expect('escalated once at most', escalations <= 1 && !!d.escalatedAt === (escalations === 1), true);
  expect('a miss per supervision event', d.missedKeys?.length ?? 0, d.timeline.filter((e) => SUPERVISION.has(e.kind)).length);
  // Supervision has caught up with the latest hourly run: a deadline missed before it is recorded.
  const running = currentDue(d);
  if (running && running.dueAt.getTime() + 3_600_000 <= lastHourlyRun) {
    expect(`missed ${running.stage} recorded`, d.missedKeys?.includes(`${running.stage}@${running.dueAt.toISOString()}`), true);
  }
  if (['dispatched', 'accepted', 'waiting_enterprise', 'resolved', 'rectifying'].includes(d.status) && !d.departmentName) problems.push('no department while handled');
  return problems;
};
