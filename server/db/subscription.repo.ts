import type { Database } from '../runtime/cloud-types';
import type { SubscriptionDoc } from './documents';

/** Record the one-time credits a user granted (one per template per tap on 允许). */
export const addCredits = async (db: Database, openid: string, userId: string, templateIds: string[], now: Date) => {
  const _ = db.command;
  const subscriptions = db.collection<SubscriptionDoc>('subscriptions');
  for (const templateId of templateIds) {
    const id = `${openid}:${templateId}`;
    const { stats } = await subscriptions.where({ _id: id }).update({ data: { credits: _.inc(1), updatedAt: now } });
    if (stats.updated === 0) {
      // Two first grants racing: the fixed _id makes the loser fall back to the increment.
      await subscriptions
        .add({ data: { _id: id, openid, userId, templateId, credits: 1, updatedAt: now } })
        .catch(() => subscriptions.where({ _id: id }).update({ data: { credits: _.inc(1), updatedAt: now } }));
    }
  }
};

export const creditsOf = async (db: Database, openid: string) =>
  (await db.collection<SubscriptionDoc>('subscriptions').where({ openid }).limit(100).get()).data;
