/**
 * Turns an exemplary closed demand into a case for the case library (案例分享) with what
 * identifies the enterprise or a person masked: the enterprise's name and its short forms, the
 * names of people known to the record, anyone addressed by surname and title (张总, 李经理),
 * phone numbers, unified social credit codes, ID numbers and e-mail addresses. It is a first
 * draft: the district reads and edits it before publishing.
 */
export interface CaseSource {
  title: string;
  category: string;
  description: string;
  resolution?: string;
  /** The timeline's texts, in order (what was done). */
  steps: string[];
  satisfaction: string;
  enterpriseName: string;
  /** People named on the record: the steward, the submitter, the department's staff… */
  people: string[];
  creditCode?: string;
}

const COMMON_SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
// 总 alone is a title (张总) but also starts words (张江总部): not before those.
const TITLES = '总经理|董事长|总监|经理|主任|局长|处长|科长|书记|老师|先生|女士|总(?![部体量额计结之共])';

const PATTERNS: Array<[RegExp, string]> = [
  // 18-character unified social credit code (before the ID number, which looks alike).
  [/(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])/g, '[统一社会信用代码]'],
  [/(?<!\d)\d{17}[\dXx](?![0-9A-Z])/g, '[身份证号]'],
  [/(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)/g, '[电话]'],
  [/(?<!\d)0\d{2,3}[-\s]?\d{7,8}(?!\d)/g, '[电话]'],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[邮箱]'],
  [new RegExp(`[${COMMON_SURNAMES}](${TITLES})`, 'g'), '某$1'],
];

/** Words a name's short form may still carry (联影信息, 联影科技): masked together with it. */
const TRADE_WORDS = '信息技术|信息|科技|技术|生物医药|医药|半导体|电子|实业|投资|贸易|发展|集团|股份|公司';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The enterprise's name and the forms people shorten it to (without 上海/有限公司…). */
export const enterpriseNameForms = (name: string): string[] => {
  const core = name
    .replace(/^(中国|上海市?|浦东新区|浦东)/, '')
    .replace(/(股份)?有限(责任)?公司$|集团$|（[^）]*）$|\([^)]*\)$/g, '')
    .replace(new RegExp(`(${TRADE_WORDS})$`), '');
  return [...new Set([name, core.length >= 2 ? core : ''].filter(Boolean))].sort((a, b) => b.length - a.length);
};

export const maskText = (text: string, source: Pick<CaseSource, 'enterpriseName' | 'people' | 'creditCode'>): string => {
  let out = text;
  if (source.creditCode) out = out.split(source.creditCode).join('[统一社会信用代码]');
  for (const form of enterpriseNameForms(source.enterpriseName)) out = out.replace(new RegExp(`${escape(form)}(?:${TRADE_WORDS})*`, 'g'), '某企业');
  for (const person of [...new Set(source.people.filter((p) => p.trim().length >= 2))].sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(escape(person.trim()), 'g'), `${[...person.trim()][0]}某`);
  }
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
};

/** The draft case: a title and a text in four parts, every part masked. */
export const draftCase = (source: CaseSource): { title: string; text: string } => {
  const mask = (s: string) => maskText(s, source);
  const parts = [
    `【诉求类别】${source.category}`,
    `【企业诉求】${mask(source.description)}`,
    ...(source.steps.length ? [`【办理过程】\n${source.steps.map((s, i) => `${i + 1}. ${mask(s)}`).join('\n')}`] : []),
    ...(source.resolution ? [`【办理结果】${mask(source.resolution)}`] : []),
    `【企业评价】${source.satisfaction}`,
  ];
  return { title: `案例：${mask(source.title)}`, text: parts.join('\n\n') };
};
