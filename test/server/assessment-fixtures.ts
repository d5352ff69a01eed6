import { DEFAULT_SCHEME } from '@/core/assessment/default-scheme';
import { dataOf, type TestCloud } from '../support/test-cloud';
import { SMALL } from '../support/small-org';

/**
 * A year of history on the small district (test/support/small-org): steward A has two rated
 * demands (one very satisfied, one dissatisfied with a call-back, rectification and second
 * rating), steward C one satisfied demand, steward B a contact; then the morning snapshot.
 */
export const buildYear = async (t: TestCloud) => {
  const get = async (openid: string, id: string) => dataOf(await t.as(openid).call('demand.get', { id }));
  const step = async (openid: string, action: string, id: string, input: object = {}) => dataOf(await t.as(openid).call(action, { id, version: (await get(openid, id)).version, ...input }));
  const submit = async (openid: string, title: string) => dataOf(await t.as(openid).call('demand.submit', { category: '融资', title, description: `${title}，请协助。` })).id as string;
  const resolve = async (steward: string, id: string) => {
    await step(steward, 'demand.dispatch', id, { departmentId: 'dept-a', complexity: 'simple' });
    await step(SMALL.dept, 'demand.accept', id);
    await step(SMALL.dept, 'demand.resolve', id, { resolution: '已按政策口径答复企业并协助办理完成。' });
  };
  const x = await submit(SMALL.entA, '申请贷款贴息');
  await resolve(SMALL.stewardA, x);
  await step(SMALL.entA, 'demand.rate', x, { resolved: '已解决', satisfaction: '非常满意' });
  const y = await submit(SMALL.entA, '对接产业基金');
  await resolve(SMALL.stewardA, y);
  await step(SMALL.entA, 'demand.rate', y, { resolved: '部分解决', satisfaction: '不满意' });
  await step(SMALL.stewardA, 'demand.callback', y, { note: '已电话回访企业' });
  await step(SMALL.dept, 'demand.rectify', y, { note: '已重新对接两家产业基金并安排路演。' });
  await step(SMALL.entA, 'demand.rate', y, { resolved: '已解决', satisfaction: '满意' });
  const w = await submit(SMALL.entC, '申请研发补贴');
  await resolve(SMALL.stewardC, w);
  await step(SMALL.entC, 'demand.rate', w, { resolved: '已解决', satisfaction: '满意' });
  dataOf(await t.as(SMALL.stewardB).call('contact.record', { enterpriseId: 'e-b', type: '电话', at: new Date(Date.now() - 3_600_000).toISOString(), who: '总经理', topics: '了解经营情况', outcome: '企业运行平稳' }));
  await t.cloud.fireTimer('cron', 'morning');
  return { x, y, w };
};

/** The default scheme as the district edits it (without the version, which publishing assigns). */
export const editable = (changes: Partial<typeof DEFAULT_SCHEME> = {}) => {
  const { version: _version, ...scheme } = structuredClone(DEFAULT_SCHEME);
  return { ...scheme, ...changes };
};
