import JSZip from 'jszip';
import { SMALL } from '../support/small-org';
import { dataOf, type TestCloud } from '../support/test-cloud';

/** Five sections long enough to submit. */
export const SECTIONS = {
  duties: '全年走访服务企业，按周期联系，及时报送企业重要信息。',
  results: '协调解决企业融资、用地等诉求，推动项目落地。',
  satisfaction: '企业对服务总体满意，个别差评已回访整改。',
  problems: '上门走访频次仍需提高，政策解读不够深入。',
  plans: '明年加强政策宣讲，每季度至少上门走访一次。',
};

/** A small history with known figures: steward A resolves two demands (one rated 非常满意, one 不满意), records a contact. */
export const writeSmallHistory = async (t: TestCloud) => {
  const get = async (openid: string, id: string) => dataOf(await t.as(openid).call('demand.get', { id }));
  const step = async (openid: string, action: string, id: string, input: object = {}) => dataOf(await t.as(openid).call(action, { id, version: (await get(openid, id)).version, ...input }));
  const submit = async (title: string) => dataOf(await t.as(SMALL.entA).call('demand.submit', { category: '融资', title, description: `${title}，请协助。` })).id as string;
  for (const [title, satisfaction] of [['申请贷款贴息', '非常满意'], ['对接产业基金', '不满意']] as const) {
    const id = await submit(title);
    await step(SMALL.stewardA, 'demand.dispatch', id, { departmentId: 'dept-a', complexity: 'simple' });
    await step(SMALL.dept, 'demand.accept', id);
    await step(SMALL.dept, 'demand.resolve', id, { resolution: '已按政策口径答复企业并协助办理完成。' });
    await step(SMALL.entA, 'demand.rate', id, { resolved: satisfaction === '非常满意' ? '已解决' : '未解决', satisfaction });
  }
  await recordContact(t, SMALL.stewardA, 'e-a');
  await t.cloud.fireTimer('cron', 'morning');
};

export const recordContact = async (t: TestCloud, openid: string, enterpriseId: string) =>
  dataOf(await t.as(openid).call('contact.record', { enterpriseId, type: '电话', at: new Date(Date.now() - 60_000).toISOString(), who: '总经理', topics: '了解经营情况', outcome: '企业运行平稳' }));

/** The text of a .docx: its main part with the tags taken out. */
export const docxText = async (content: Buffer): Promise<string> => {
  const zip = await JSZip.loadAsync(content);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<w:p[ >][^]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, '')}\n`).replace(/<[^>]+>/g, '');
};

export const messagesOf = async (t: TestCloud, userId: string, kind?: string) =>
  (await t.read<{ kind: string; title: string; body: string; link?: string }>('messages', { userId })).filter((m) => !kind || m.kind === kind);
