import type { Database } from '../../server/runtime/cloud-types';

export const LOCAL_WX_COLLECTIONS = [
  { collection: '_local_wx_credits', indexes: [{ fields: ['openid', 'templateId'] }] },
  { collection: '_local_wx_outbox', indexes: [{ fields: ['-sentAt'] }, { fields: ['touser'] }] },
];

/** WeChat's length limits per template keyword type (the keyword name is type + number). */
const LIMITS: Array<[RegExp, number, RegExp?]> = [
  [/^thing\d+$/, 20],
  [/^name\d+$/, 20],
  [/^phrase\d+$/, 5, /^[\u4e00-\u9fa5]*$/],
  [/^character_string\d+$/, 32, /^[\x20-\x7e]*$/],
  [/^number\d+$/, 32, /^[\d.]*$/],
  [/^letter\d+$/, 32, /^[A-Za-z]*$/],
  [/^symbol\d+$/, 5],
  [/^phone_number\d+$/, 17],
  [/^car_number\d+$/, 8],
  [/^(time|date)\d+$/, 40],
  [/^amount\d+$/, 32],
];

const wxError = (errCode: number, errMsg: string) => Object.assign(new Error(errMsg), { errCode, errMsg });

export interface SubscribeMessageRequest {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogramState?: 'developer' | 'trial' | 'formal';
}

/** Check fields the way WeChat does; a bad field is errcode 47003 naming it. */
export const checkTemplateData = (data: SubscribeMessageRequest['data']) => {
  for (const [key, field] of Object.entries(data ?? {})) {
    const value = String(field?.value ?? '');
    const rule = LIMITS.find(([pattern]) => pattern.test(key));
    if (!rule) throw wxError(47003, `argument invalid! data.${key} unknown keyword type`);
    const [, max, charset] = rule;
    if (!value || [...value].length > max || (charset && !charset.test(value))) {
      throw wxError(47003, `argument invalid! data.${key}.value invalid`);
    }
  }
};

/**
 * The WeChat side of subscribe messages: a user's tap on “允许” grants one credit per template;
 * each send spends one, and without a credit the send fails with 43101, as on WeChat.
 */
export const createSubscribeMessage = (db: () => Database) => ({
  async grant(openid: string, templateIds: string[]) {
    const _ = db().command;
    const credits = () => db().collection('_local_wx_credits');
    for (const templateId of templateIds) {
      const addOne = () => credits().where({ openid, templateId }).update({ data: { credits: _.inc(1) } });
      if ((await addOne()).stats.updated > 0) continue;
      // A fixed _id makes two first-time grants racing each other collide instead of duplicating.
      await credits()
        .add({ data: { _id: `${openid}:${templateId}`, openid, templateId, credits: 1 } })
        .catch(addOne);
    }
  },

  async send(req: SubscribeMessageRequest) {
    if (!req?.touser || !req.templateId) throw wxError(40003, 'invalid openid or template_id');
    checkTemplateData(req.data);
    const _ = db().command;
    const { stats } = await db()
      .collection('_local_wx_credits')
      .where({ openid: req.touser, templateId: req.templateId, credits: _.gt(0) })
      .update({ data: { credits: _.inc(-1) } });
    if (stats.updated === 0) throw wxError(43101, 'user refuse to accept the msg');
    await db()
      .collection('_local_wx_outbox')
      .add({
        data: {
          touser: req.touser,
          templateId: req.templateId,
          page: req.page ?? '',
          data: req.data,
          miniprogramState: req.miniprogramState ?? 'formal',
          sentAt: new Date(),
        },
      });
    return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' };
  },
});
