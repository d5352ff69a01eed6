import { dataOf, DEMO, type TestCloud } from '../support/test-cloud';

export const REPORT = {
  category: '干预企业正常经营',
  description: '服务管家多次要求我司使用其指定的咨询公司办理申报，并暗示不配合会影响诉求办理进度。',
  anonymous: true,
};

let requests = 0;
/** The enterprise contact of ent-001 (served by steward-01) reports; answers the new report's id and number. */
export const submitReport = async (t: TestCloud, extra: object = {}, openid: string = DEMO.enterprise) =>
  dataOf(await t.as(openid).call('integrity.submit', { ...REPORT, clientRequestId: `req-${Date.now()}-${++requests}`, ...extra })) as { id: string; number: string; created: boolean };

/** The district takes a report from acknowledgement through a confirmed finding to its reply. */
export const handleToReply = async (t: TestCloud, id: string, texts = { note: '已约谈企业负责人并调阅沟通记录，情况基本属实。', findings: '经核实，该管家存在向企业推荐指定中介的行为，违反亲清关系规定。', reply: '您反映的问题经调查属实，已对相关人员严肃处理，感谢您的监督。' }) => {
  const district = t.as(DEMO.district);
  dataOf(await district.call('integrity.acknowledge', { id }));
  dataOf(await district.call('integrity.note', { id, note: texts.note }));
  dataOf(await district.call('integrity.conclude', { id, outcome: 'confirmed', findings: texts.findings, stewardId: 'u-steward-01' }));
  return dataOf(await district.call('integrity.reply', { id, reply: texts.reply }));
};
