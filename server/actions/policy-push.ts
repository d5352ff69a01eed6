import { policyMatches } from '../../src/core/fieldwork/policy.rules';
import { PUSH_BATCH, wholeRuns } from '../../src/core/fieldwork/policy-push';
import { thing } from '../../src/core/notify/templates';
import { shanghaiDate } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import { enterpriseRepo } from '../db/enterprise.repo';
import { policyRepo, type PolicyDoc, type PolicyPush } from '../db/policy.repo';
import { promotionTodoId, promotionTodoRepo } from '../db/promotion-todo.repo';
import { userRepo, type UserDoc } from '../db/user.repo';
import { notifyUsers, wxTime, type SubscribeMessageSender } from '../notify/notifier';

/** A new policy's push: now if it is in force, on its first day if it starts later, never if already over. */
export const initialPush = (policy: Pick<PolicyDoc, 'validFrom' | 'validTo'>, now: Date): PolicyPush | undefined => {
  const today = shanghaiDate(now);
  if (policy.validTo < today) return undefined;
  return { status: policy.validFrom > today ? 'scheduled' : 'pushing', batches: 0, enterprises: 0, contacts: 0, startedAt: now };
};

const short = (text: string, n: number) => ([...text].length > n ? `${[...text].slice(0, n).join('')}…` : text);

/** The enterprises' contacts: a new policy concerns them, and where to read it. */
const tellEnterprises = async (db: Database, messages: SubscribeMessageSender, policy: PolicyDoc, contacts: UserDoc[], now: Date): Promise<void> => {
  await notifyUsers(db, messages, contacts, {
    template: 'serviceNotice', kind: 'info:policy', recordId: policy._id, page: 'enterprise/pages/policies/index',
    title: `新政策：${policy.title}`,
    body: `${policy.issuer}发布「${policy.title}」，与贵企业相关：${short(policy.summary, 60)} 可在“政策”中查看详情，服务管家也会与您联系宣讲。`,
    data: { thing1: thing('新政策推送'), thing2: thing(policy.title), time3: wxTime(now), thing4: thing(`${policy.issuer}发布，可在小程序查看`) },
  });
};

/** Each steward, once per policy: which of their enterprises to present it to. */
const tellStewards = async (db: Database, messages: SubscribeMessageSender, policy: PolicyDoc, runs: Map<string, string[]>, now: Date): Promise<void> => {
  for (const [stewardId, names] of runs) {
    const steward = await userRepo.findActive(db, { _id: stewardId });
    await notifyUsers(db, messages, steward, {
      template: 'todo', kind: 'todo:promotion', recordId: policy._id, page: 'fieldwork/pages/promotions/index?tab=todo',
      title: `${names.length} 家企业待宣讲新政策`,
      body: `「${policy.title}」与您服务的 ${names.slice(0, 3).join('、')}${names.length > 3 ? ` 等 ${names.length} 家企业` : ''}相关，请向企业宣讲并记录是否有意申报。`,
      data: { thing1: thing('政策宣讲待办'), thing2: thing(names[0]), time3: wxTime(now), thing4: thing(policy.title) },
    });
  }
};

/**
 * One batch of a push: read the next enterprises by steward (whole runs only), keep those the
 * policy matches, add their stewards' to-dos (idempotent ids), claim the batch with a write
 * conditional on the batch count read, then tell the contacts and stewards. Answers the push as
 * it now stands, or null when another run claimed the batch first.
 */
const pushBatch = async (db: Database, messages: SubscribeMessageSender, policy: PolicyDoc, push: PolicyPush, now: Date): Promise<PolicyPush | null> => {
  let rows = await enterpriseRepo.policyBatch(db, policy, push.afterStewardId, PUSH_BATCH);
  const full = rows.length === PUSH_BATCH;
  const { runs, heldBack } = wholeRuns(rows.map((e) => ({ enterpriseId: e._id, enterpriseName: e.name, stewardId: e.stewardId })), full);
  // One steward filling a whole batch is read whole; otherwise the last run waits for the next batch.
  if (heldBack !== null && runs.length === 1 && runs[0].stewardId === heldBack) rows = await enterpriseRepo.policyBatch(db, policy, undefined, 0, heldBack);
  else if (heldBack !== null) rows = rows.filter((e) => e.stewardId !== heldBack);
  const matching = rows.filter((e) => policyMatches(policy, e, shanghaiDate(now)));
  await promotionTodoRepo.addMissing(
    db,
    matching.filter((e) => e.stewardId).map((e) => ({
      _id: promotionTodoId(policy._id, e._id), policyId: policy._id, policyTitle: policy.title, enterpriseId: e._id, enterpriseName: e.name, unitId: e.unitId, stewardId: e.stewardId, createdAt: now,
    })),
  );
  const last = rows.length ? rows[rows.length - 1].stewardId : push.afterStewardId;
  const done = !full;
  const next: PolicyPush = {
    ...push, status: done ? 'done' : 'pushing', batches: push.batches + 1, enterprises: push.enterprises + matching.length,
    ...(last !== undefined ? { afterStewardId: last } : {}), ...(done ? { doneAt: now } : {}),
  };
  const contacts = await userRepo.contactsOf(db, matching.map((e) => e._id));
  next.contacts = push.contacts + contacts.length;
  if (!(await policyRepo.claimBatch(db, policy._id, push.batches, next))) return null;
  if (contacts.length) await tellEnterprises(db, messages, policy, contacts, now);
  const bySteward = new Map<string, string[]>();
  for (const e of matching.filter((x) => x.stewardId)) bySteward.set(e.stewardId, [...(bySteward.get(e.stewardId) ?? []), e.name]);
  await tellStewards(db, messages, policy, bySteward, now);
  return next;
};

/**
 * Runs batches of a push until it is done, `maxBatches` have run, or the wall clock passes
 * `until` (each batch costs two round trips per contact told, so a function's time runs out
 * long before the enterprises do); the hourly timer carries on from where it stopped.
 */
export const continuePush = async (db: Database, messages: SubscribeMessageSender, policy: PolicyDoc, now: Date, { maxBatches, until = Infinity }: { maxBatches: number; until?: number }): Promise<PolicyPush | undefined> => {
  let push = policy.push;
  for (let i = 0; i < maxBatches && push?.status === 'pushing' && Date.now() < until; i++) {
    const next = await pushBatch(db, messages, policy, push, now);
    if (!next) return (await policyRepo.get(db, policy._id))?.push;
    push = next;
  }
  return push;
};
