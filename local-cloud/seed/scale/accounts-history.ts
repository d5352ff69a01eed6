/**
 * What the accounts of a scale leave behind: the spent binding code each generated account was
 * bound with, the audit entries of their creation, and the subscribe-message credits some
 * stewards granted (so the morning reminders send some messages and record the rest).
 */
import { bindingCodeFrom, ACCOUNT_CODE_VALID_DAYS } from '../../../src/core/org/binding-code.rules';
import { FUNCTION_SETTINGS, localValues, templateSettingName } from '../../../src/core/settings';
import { ROLE_LABELS } from '../../../src/core/roles';
import { addCalendarDays, endOfShanghaiDay } from '../../../src/core/time/shanghai';
import { bindingCodeId } from '../../../server/db/codes';
import type { BindingCodeDoc, SubscriptionDoc, UserDoc } from '../../../server/db/documents';
import type { HistoryEnv } from './history-contacts';

export const accountsHistory = (env: HistoryEnv, generated: UserDoc[]) => {
  const { rng, org, clock } = env;
  const codes: BindingCodeDoc[] = [];
  const subscriptions: SubscriptionDoc[] = [];
  // What WeChat itself holds for the same taps (local-cloud/wx/subscribe-message.ts keeps it here).
  const wechatCredits: Array<{ _id: string; openid: string; templateId: string; credits: number }> = [];
  for (const user of generated) {
    const createdAt = user.createdAt;
    const code = bindingCodeFrom(Array.from({ length: 8 }, () => rng.int(0, 255)));
    const enterprise = user.role === 'enterprise' ? org.lifeOf.get(user.enterpriseId!) : undefined;
    const issuer = enterprise ? org.stewardOf(enterprise, createdAt.getTime()) : org.district;
    codes.push({
      _id: bindingCodeId(code), kind: enterprise ? 'enterprise_contact' : 'account', ...(enterprise ? { enterpriseId: enterprise.doc._id } : { userId: user._id }),
      expiresAt: endOfShanghaiDay(addCalendarDays(clock.dateOf(createdAt.getTime()), ACCOUNT_CODE_VALID_DAYS)), usedAt: user.boundAt, usedBy: user.openid, createdBy: issuer._id, createdAt,
    });
    env.audit(
      enterprise
        ? { at: createdAt, actorId: issuer._id, actorRole: issuer.role, action: 'enterpriseContact.issueCode', collection: 'enterprises', recordId: enterprise.doc._id, summary: `为「${enterprise.doc.name}」发放联系人绑定码` }
        : { at: createdAt, actorId: issuer._id, actorRole: issuer.role, action: 'account.create', collection: 'users', recordId: user._id, summary: `创建${ROLE_LABELS[user.role]}账号「${user.name}」并发放绑定码` },
    );
    if (user.boundAt) env.audit({ at: user.boundAt, actorId: user._id, actorRole: user.role, action: 'account.bind', collection: 'users', recordId: user._id, summary: `「${user.name}」用绑定码绑定了微信` });
    if (user.role !== 'steward') continue;
    for (const key of ['visitReminder', 'todo'] as const) {
      if (!rng.chance(0.3)) continue;
      const templateId = localValues(FUNCTION_SETTINGS)[templateSettingName(key)];
      const credits = rng.int(1, 5);
      subscriptions.push({ _id: `${user.openid}:${templateId}`, openid: user.openid!, userId: user._id, templateId, credits, updatedAt: new Date(clock.now - rng.int(1, 60) * 86_400_000) });
      wechatCredits.push({ _id: `${user.openid}:${templateId}`, openid: user.openid!, templateId, credits });
    }
  }
  return { codes, subscriptions, wechatCredits };
};
