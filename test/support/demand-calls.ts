import { dataOf, type TestCloud } from './test-cloud';

export interface MessageRow {
  kind: string;
  title: string;
  body: string;
  link: string;
}

/**
 * A demand as one person reads it, a step with the version that person saw, and their messages.
 * Takes the cloud lazily: tests open a fresh one before each case.
 */
export const demandCalls = (cloud: () => TestCloud) => {
  const t = { as: (openid: string) => cloud().as(openid) };
  const get = async (openid: string, id: string) => dataOf(await t.as(openid).call('demand.get', { id }));
  const step = async (openid: string, action: string, id: string, input: object = {}) => {
    const { version } = await get(openid, id);
    return t.as(openid).call(action, { id, version, ...input });
  };
  const ok = async (openid: string, action: string, id: string, input: object = {}) => dataOf(await step(openid, action, id, input));
  const inbox = async (openid: string): Promise<MessageRow[]> => dataOf(await t.as(openid).call('message.list', { pageSize: 50 })).items;
  return { get, step, ok, inbox };
};
