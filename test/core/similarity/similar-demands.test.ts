import { demandText, shingles, textRuns } from '@/core/similarity/demand-text';
import { BUCKET_SAMPLE, bucketOf, candidatePairs, groupSimilar, MAX_BUCKET, MAX_CANDIDATES, rankedCandidates } from '@/core/similarity/grouping';
import { BANDS, similaritySignature } from '@/core/similarity/minhash';

/** Twelve enterprises asking about one subsidy, each in their own words. */
const SUBSIDY = [
  ['研发费用补贴申报时间', '关于浦东新区研发费用补贴的申报时间，想咨询今年什么时候开始申报？'],
  ['研发补贴通知', '请问2025年度研发费用补贴申报通知何时发布，我司符合条件吗？'],
  ['申请研发费用补贴', '我们公司去年研发投入较大，想申请区里的研发费用补贴，需要准备哪些材料？'],
  ['研发费用补贴政策', '研发费用补贴政策今年还有吗？申报截止日期是什么时候？'],
  ['补贴条件', '咨询浦东研发费用补贴的申报条件和补贴比例'],
  ['怎么申报', '希望了解研发费用补贴怎么申报，线上系统在哪里填报'],
  ['补贴资金拨付', '企业研发费用补贴资金什么时候拨付？去年申报的还没收到'],
  ['审计报告要求', '研发费用补贴申报材料中审计报告有什么要求？'],
  ['区市补贴能否叠加', '想问一下区研发费用补贴和市里的研发补助能否同时申请'],
  ['申报系统登录问题', '研发费用补贴申报系统登录不上，申报截止前能否延期'],
  ['高新技术企业申报', '我司是高新技术企业，能否申报浦东新区研发费用补贴？'],
  ['申报进度', '请帮忙协调研发费用补贴的申报进度，材料已提交一个月'],
].map(([title, description], i) => ({ id: `s${String(i + 1).padStart(2, '0')}`, title, description }));

/** Another subject with several askers. */
const HOUSING = [
  ['人才公寓', '公司引进的博士想申请张江人才公寓，申请流程是什么？'],
  ['人才公寓申请', '人才公寓申请条件和租金标准咨询'],
  ['人才公寓排队', '我司员工申请人才公寓排队很久，能否协调加快'],
].map(([title, description], i) => ({ id: `h${i + 1}`, title, description }));

/** Unrelated demands, some sharing words like 补贴、申报、条件 with the subsidy group. */
const OTHERS = [
  ['工业用地', '公司需要扩大厂房面积，希望协调张江附近的工业用地'],
  ['落户', '员工落户积分办理进度咨询，人才引进落户材料已提交'],
  ['贷款贴息', '申请银行贷款贴息，融资担保费用补贴怎么办理'],
  ['通关', '海关进出口通关时间太长，希望协调加快'],
  ['商标侵权', '商标被侵权，寻求知识产权保护援助'],
  ['临床试验', '新药临床试验审批进度咨询'],
  ['市场拓展', '希望对接下游客户，参加展会拓展市场'],
  ['租金补贴', '办公楼租金补贴申报条件是什么，什么时候申报'],
].map(([title, description], i) => ({ id: `o${i + 1}`, title, description }));

const items = (ds: Array<{ id: string; title: string; description: string }>) => ds.map((d) => ({ id: d.id, text: demandText(d), bands: similaritySignature(demandText(d)).bands }));

describe('similar demands', () => {
  it('groups the twelve subsidy questions together, the housing questions apart, and leaves unrelated demands alone', () => {
    const groups = groupSimilar(items([...OTHERS, ...HOUSING, ...SUBSIDY]));
    expect(groups.map((g) => g.ids)).toEqual([SUBSIDY.map((d) => d.id), HOUSING.map((d) => d.id)]);
    expect(groups[0].terms[0]).toBe('研发费用补贴');
    expect(groups[1].terms[0]).toBe('人才公寓');
  });

  it('is deterministic: the same signature every time, the same groups in any input order', () => {
    const text = demandText(SUBSIDY[0]);
    expect(similaritySignature(text)).toEqual(similaritySignature(text));
    expect(similaritySignature(text).bands).toHaveLength(BANDS);
    const all = items([...SUBSIDY, ...HOUSING, ...OTHERS]);
    expect(groupSimilar([...all].reverse())).toEqual(groupSimilar(all));
  });

  it('compares only bucket mates, and skips buckets made of very common shingles', () => {
    const all = items([...SUBSIDY, ...OTHERS]);
    const pairs = candidatePairs(all);
    expect(pairs.length).toBeLessThan((all.length * (all.length - 1)) / 2);
    expect(pairs.every(([a, b]) => a < b)).toBe(true);
    expect(candidatePairs(all, 2).length).toBeLessThan(pairs.length);
    expect(candidatePairs([{ id: 'a', bands: ['0:x'] }, { id: 'b', bands: ['0:x'] }, { id: 'c', bands: ['0:x'] }], 2)).toEqual([]);
  });

  it('finds the same group among 2,000 other demands while comparing only a small share of all pairs', () => {
    // Background demands on many different subjects: words drawn at random from a vocabulary with no 研发/补贴.
    const vocabulary = [...'厂房土地融资贷款人才落户海关出口商标专利药品器械展会保险环评消防用电停车公交绿化物流仓储港口航运芯片软件数据算力医疗教育住房租金税务社保招聘培训标准认证检测质量安全能源光伏储能汽车电池材料装备机器航空船舶金融保理基金上市并购'];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor((seed / 2147483648) * n));
    const word = () => vocabulary[next(vocabulary.length)] + vocabulary[next(vocabulary.length)];
    const background = Array.from({ length: 2000 }, (_, i) => ({ id: `b${String(i).padStart(4, '0')}`, title: word() + word(), description: Array.from({ length: 6 }, word).join('，') }));
    const all = items([...background, ...SUBSIDY]);
    const subsidyGroup = groupSimilar(all).find((g) => g.ids.includes('s01'));
    expect(subsidyGroup?.ids).toEqual(SUBSIDY.map((d) => d.id));
    const share = candidatePairs(all).length / ((all.length * (all.length - 1)) / 2);
    expect(share).toBeLessThan(0.01);
  });

  it('ranks a new demand’s candidates by the bands they share, at most MAX_CANDIDATES, none from a band of very common shingles', () => {
    const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);
    const buckets = [
      { ids: ['me', 'close', 'near'], n: 3 },
      { ids: ['close', 'near', 'me'], n: 3 },
      { ids: ['close', ...ids(150, 'far')], n: 151 },
      { ids: ids(BUCKET_SAMPLE, 'common'), n: MAX_BUCKET + 1 }, // counted over MAX_BUCKET: proposes nobody
    ];
    const ranked = rankedCandidates(buckets, 'me');
    expect(ranked.slice(0, 2)).toEqual(['close', 'near']);
    expect(ranked).toHaveLength(MAX_CANDIDATES);
    expect(ranked.every((id) => !id.startsWith('common') && id !== 'me')).toBe(true);
    expect(rankedCandidates([{ ids: ['me'], n: 1 }], 'me')).toEqual([]);
  });

  it('keeps a bucket’s latest BUCKET_SAMPLE members and counts them all', () => {
    const members = Array.from({ length: 1000 }, (_, i) => `d${i}`);
    expect(bucketOf(members.slice(0, 3))).toEqual({ ids: ['d0', 'd1', 'd2'], n: 3 });
    expect(bucketOf(members)).toEqual({ ids: members.slice(-BUCKET_SAMPLE), n: 1000 });
  });

  it('normalises punctuation, width, digits and common words before shingling', () => {
    expect(textRuns('请问：２０２５年度ＡＩ研发补贴，何时申报？')).toEqual(['年度ai研发补贴', '何时']);
    expect(shingles('的补贴')).toEqual(new Set(['补贴']));
    expect(similaritySignature('？？。。').bands).toEqual([]);
  });
});
