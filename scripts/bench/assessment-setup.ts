import type { LocalCloud } from '../../local-cloud/runtime/local-cloud';
import { DEFAULT_SCHEME } from '../../src/core/assessment/default-scheme';

/**
 * The assessment reads need a computed, published year: publish the default scheme, compute this
 * year (each call a batch that resumes, as the district's page does) and publish it. Answers how
 * long the whole computation took and in how many calls, printed beside the cases.
 */
export const ASSESSMENT_YEAR = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

type Reply = { ok: boolean; data?: { status?: string; draft?: { rev: number } }; error?: { code: string; message: string } };

export const prepareAssessment = async (cloud: LocalCloud): Promise<{ ms: number; calls: number; error?: string }> => {
  const call = (action: string, input: object) => cloud.invoke('api', { action, input }, { openid: 'district-01' }) as Promise<Reply>;
  const { version: _version, ...scheme } = DEFAULT_SCHEME;
  const saved = await call('assessment.saveScheme', { scheme, rev: 0 });
  if (saved.ok) await call('assessment.publishScheme', { rev: saved.data?.draft?.rev ?? 1 });
  const started = Date.now();
  let calls = 0;
  for (let reply: Reply = { ok: true }; ; ) {
    reply = await call('assessment.run', { year: ASSESSMENT_YEAR });
    calls++;
    if (!reply.ok) return { ms: Date.now() - started, calls, error: `${reply.error?.code}: ${reply.error?.message}` };
    if (reply.data?.status !== 'running') break;
  }
  const ms = Date.now() - started;
  await call('assessment.publish', { year: ASSESSMENT_YEAR });
  return { ms, calls };
};
