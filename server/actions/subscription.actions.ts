import { emptyInput } from '../../src/core/contracts/common.contracts';
import { subscriptionRecordInput } from '../../src/core/contracts/subscription.contracts';
import { TEMPLATE_KEYS } from '../../src/core/notify/templates';
import { forbidden } from '../../src/core/errors';
import { defineAction } from '../runtime/define-action';
import { subscriptionRepo } from '../db/subscription.repo';
import { templateId } from '../runtime/settings';

const knownTemplateIds = () => TEMPLATE_KEYS.map(templateId);

const subscriptionRecord = defineAction({
  name: 'subscription.record',
  roles: 'bound',
  input: subscriptionRecordInput,
  writes: 'subscriptions',
  summary: '记录用户点击“允许”后获得的一次性订阅消息额度',
  async handler(input, ctx) {
    // Subscribe messages go to a WeChat user; a desk console session has none.
    if (!ctx.caller.openid) throw forbidden('订阅消息提醒请在微信小程序中开启');
    const known = new Set(knownTemplateIds());
    const accepted = input.templateIds.filter((id) => known.has(id));
    await subscriptionRepo.addCredits(ctx.db, ctx.caller.openid, ctx.user._id, accepted, ctx.now());
    if (accepted.length) ctx.audit.record(ctx.user._id, `获得订阅消息额度 ${accepted.length} 个`);
    else ctx.audit.unchanged();
    return { recorded: accepted };
  },
});

const subscriptionStatus = defineAction({
  name: 'subscription.status',
  roles: 'bound',
  input: emptyInput,
  writes: false,
  summary: '当前用户各类提醒的剩余额度',
  async handler(_input, { db, caller }) {
    const credits = new Map((caller.openid ? await subscriptionRepo.creditsOf(db, caller.openid) : []).map((c) => [c.templateId, c.credits]));
    return TEMPLATE_KEYS.map((key) => ({ key, templateId: templateId(key), credits: credits.get(templateId(key)) ?? 0 }));
  },
});

export const subscriptionActions = [subscriptionRecord, subscriptionStatus];
