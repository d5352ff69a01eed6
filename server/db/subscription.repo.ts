import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/** One-time subscribe-message credits the user granted by tapping 允许 (per template). */
export interface SubscriptionDoc {
  _id: string;
  openid: string;
  userId: string;
  templateId: string;
  credits: number;
  updatedAt: Date;
}

const subscriptions = repository('subscriptions');

export const subscriptionRepo = {
  /** Record the one-time credits a user granted (one per template per tap on 允许). */
  addCredits: async (db: Database, openid: string, userId: string, templateIds: string[], now: Date): Promise<void> => {
    const _ = db.command;
    for (const templateId of templateIds) {
      const _id = `${openid}:${templateId}`;
      const increment = () => subscriptions.updateWhere(db, { _id }, { credits: _.inc(1), updatedAt: now });
      // Two first grants racing: the fixed _id makes the loser fall back to the increment.
      if ((await increment()) === 0) await subscriptions.insert(db, { _id, openid, userId, templateId, credits: 1, updatedAt: now }).catch(increment);
    }
  },

  creditsOf: async (db: Database, openid: string): Promise<SubscriptionDoc[]> => (await subscriptions.of(db).where({ openid }).limit(100).get()).data,

  /** Which of these users hold a credit for which template (`openid:templateId`), in one read. */
  holders: async (db: Database, openids: string[], templateIds: string[]): Promise<Set<string>> => {
    const _ = db.command;
    const filter = { openid: _.in(openids), templateId: _.in(templateIds), credits: _.gt(0) };
    const rows = await subscriptions.of(db).where(filter).limit(1000).field({ openid: true, templateId: true }).get();
    return new Set(rows.data.map((s) => `${s.openid}:${s.templateId}`));
  },

  /** Spend one credit if there is one; false when the user has none for this template. */
  spend: async (db: Database, openid: string, templateId: string): Promise<boolean> =>
    (await subscriptions.updateWhere(db, { openid, templateId, credits: db.command.gt(0) }, { credits: db.command.inc(-1) })) > 0,

  /** Give an unspent credit back, or forget them all when WeChat says it holds none (43101). */
  refund: (db: Database, openid: string, templateId: string, noneLeft: boolean): Promise<number> =>
    subscriptions.updateWhere(db, { openid, templateId }, { credits: noneLeft ? 0 : db.command.inc(1) }),
};
