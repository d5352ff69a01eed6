import { requestRectificationPlan } from '../../server/rectification/request-plan';
import { FUNCTION_SETTINGS, localValues } from '../../src/core/settings';
import type { TestCloud } from '../support/test-cloud';

// The function is called here as the api bundle calls it, so it reads the local settings the bundles get.
for (const [name, value] of Object.entries(localValues(FUNCTION_SETTINGS))) process.env[name] ??= value;

/** Subscribe messages go nowhere here: the in-app messages are what the tests read. */
export const noSubscribeMessages = { send: async () => ({}) };

export const INTERVIEW_SOURCE = { kind: 'interview' as const, id: 'iv-2026q1-z01', title: '2026 年第一季度约谈' };

/** The district asks 陆家嘴 (unit-z01) for a plan, as the interview action does. */
export const askForPlan = (t: TestCloud, at: Date, extra: Partial<Parameters<typeof requestRectificationPlan>[2]> = {}) =>
  t.cloud.run(() => requestRectificationPlan(t.cloud.database() as never, noSubscribeMessages, { unitId: 'unit-z01', source: INTERVIEW_SOURCE, dueWorkingDays: 10, at, ...extra }));

export const MEASURES = [
  { text: '建立走访台账，每月核对走访记录的真实性', owner: '王总管', dueDate: '2026-03-20' },
  { text: '对逾期联系的企业逐一补充上门走访', owner: '李管家', dueDate: '2026-04-10' },
];
