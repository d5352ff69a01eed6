import { BINDING_CODE_ALPHABET } from '../org/binding-code.rules';
import type { CourseKind, MaterialType } from './training.model';

/** A new steward (created, or taking over enterprises) completes the required courses within this many days. */
export const NEW_STEWARD_DUE_DAYS = 30;

/** Sign-in at the venue opens this long before the session starts (people arrive early) and closes when it ends. */
export const SIGN_IN_OPENS_MINUTES_BEFORE = 30;
export const SIGN_IN_CODE_LENGTH = 6;
/** What the QR code shown at the venue holds before the code. */
export const SIGN_IN_QR_PREFIX = 'fwb-signin:';

/**
 * Watching and reading are checked against wall time: what the app reports may not advance
 * faster than the time since its last accepted report, give or take this much (network delay,
 * the player's own reporting interval).
 */
export const PROGRESS_SLACK_SECONDS = 3;
/** A video counts as watched to the end within this of its length (and never more than 5% of a short one). */
export const VIDEO_END_TOLERANCE_SECONDS = 3;
const VIDEO_END_TOLERANCE_SHARE = 0.05;
/** A document page needs at least this long before the next one counts as reached. */
export const SECONDS_PER_PAGE = 5;
/** Reading pace assumed for a case text (characters per second, a brisk skim) and its bounds. */
const CASE_CHARS_PER_SECOND = 20;
const CASE_MIN_SECONDS = 5;
const CASE_MAX_SECONDS = 120;

/** How long a case text must be open before reaching its end counts. */
export const caseReadingSeconds = (text: string): number =>
  Math.min(CASE_MAX_SECONDS, Math.max(CASE_MIN_SECONDS, Math.ceil([...text].length / CASE_CHARS_PER_SECOND)));

/**
 * How an online course or a case is followed: a video by seconds watched, a document or a case
 * text by pages read (the end of a case's one page counts as one page). Lectures and visits
 * are completed by signing in, not by progress.
 */
export interface ProgressRule {
  unit: 'seconds' | 'pages';
  /** The position that completes the course. */
  end: number;
  /** Wall-clock seconds one unit of progress needs at least. */
  secondsPerUnit: number;
}

export interface ProgressMaterial {
  kind: CourseKind;
  materialType?: MaterialType;
  durationSeconds?: number;
  pages?: number;
  caseText?: string;
}

export const progressRule = (m: ProgressMaterial): ProgressRule | null => {
  if (m.kind === 'case') return { unit: 'pages', end: 1, secondsPerUnit: caseReadingSeconds(m.caseText ?? '') };
  if (m.kind !== 'online') return null;
  if (m.materialType === 'video') return { unit: 'seconds', end: m.durationSeconds ?? 0, secondsPerUnit: 1 };
  return { unit: 'pages', end: m.pages ?? 0, secondsPerUnit: SECONDS_PER_PAGE };
};

export type ProgressVerdict = { accepted: true; reached: number; complete: boolean } | { accepted: false; reason: string };

/**
 * One progress report against the furthest position reached so far and the time of the last
 * accepted report. Going back or staying is always fine; going forward may not outrun the wall
 * clock (a jump to the end is refused, and nothing is recorded).
 */
export const judgeProgress = (rule: ProgressRule, reachedBefore: number, lastReportAt: Date, position: number, now: Date): ProgressVerdict => {
  const target = Math.min(Math.max(position, 0), rule.end);
  const advance = target - reachedBefore;
  const elapsed = (now.getTime() - lastReportAt.getTime()) / 1000;
  if (advance > 0 && advance * rule.secondsPerUnit > elapsed + PROGRESS_SLACK_SECONDS) {
    return { accepted: false, reason: rule.unit === 'seconds' ? '播放进度异常：不能快进跳过未观看的内容' : `请认真阅读每一页（每页至少 ${rule.secondsPerUnit} 秒）` };
  }
  const reached = Math.max(reachedBefore, target);
  const tolerance = rule.unit === 'seconds' ? Math.min(VIDEO_END_TOLERANCE_SECONDS, rule.end * VIDEO_END_TOLERANCE_SHARE) : 0;
  return { accepted: true, reached, complete: reached >= rule.end - tolerance };
};

/** The sign-in window of a session: from shortly before it starts until it ends. */
export const signInWindow = (session: { startsAt: Date | string; endsAt: Date | string }) => ({
  opensAt: new Date(new Date(session.startsAt).getTime() - SIGN_IN_OPENS_MINUTES_BEFORE * 60_000),
  closesAt: new Date(session.endsAt),
});

export const signInProblem = (session: { startsAt: Date | string; endsAt: Date | string }, now: Date): string | null => {
  const { opensAt, closesAt } = signInWindow(session);
  if (now < opensAt) return `签到尚未开始：开始前 ${SIGN_IN_OPENS_MINUTES_BEFORE} 分钟开放签到`;
  if (now > closesAt) return '签到已结束：活动结束后不能再签到';
  return null;
};

/** A sign-in code from random bytes (the server supplies them). */
export const signInCodeFrom = (bytes: ArrayLike<number>): string => {
  let code = '';
  for (let i = 0; i < SIGN_IN_CODE_LENGTH; i++) code += BINDING_CODE_ALPHABET[bytes[i] % BINDING_CODE_ALPHABET.length];
  return code;
};

/** What people type or scan: case, spaces and the QR prefix do not matter. */
export const normalizeSignInCode = (typed: string): string => typed.replace(SIGN_IN_QR_PREFIX, '').toUpperCase().replace(/[\s-]/g, '');

/** Required courses completed out of those assigned (the assessment's trainingCompletionRate); null when none were required. */
export const completionRate = (requiredCompleted: number, requiredAssigned: number): number | null =>
  requiredAssigned > 0 ? Math.min(1, requiredCompleted / requiredAssigned) : null;

/** Hours are whole or half hours. */
export const HOURS_RULE = { min: 0.5, max: 40, step: 0.5 };
export const HOURS_MESSAGE = `学时为 ${HOURS_RULE.min}–${HOURS_RULE.max} 之间的整数或半数`;
export const hoursProblem = (hours: number): string | null =>
  !Number.isFinite(hours) || hours < HOURS_RULE.min || hours > HOURS_RULE.max || Math.round(hours / HOURS_RULE.step) * HOURS_RULE.step !== hours ? HOURS_MESSAGE : null;
