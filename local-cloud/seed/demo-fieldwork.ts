import type { ContactDoc, EnterpriseDoc, PolicyDoc, PromotionDoc, ReportDoc, ResearchVisitDoc, UserDoc } from '../../server/db/documents';
import { cadenceDueDates } from '../../src/core/contact/cadence';
import { checkInFlag, distanceMeters } from '../../src/core/contact/geo';
import { nextResearchReminderAt } from '../../src/core/fieldwork/research-reminders';
import { reportRisk, reportSummary } from '../../src/core/fieldwork/report.rules';
import type { ReportCategory } from '../../src/core/contracts/fieldwork.contracts';
import { addCalendarDays, shanghaiDate } from '../../src/core/time/shanghai';
import { workingDayDeadline } from '../../src/core/time/working-days';
import type { seededRandom } from './random';

const DAY = 86_400_000;

interface Input {
  rng: ReturnType<typeof seededRandom>;
  now: Date;
  enterprises: EnterpriseDoc[];
  users: UserDoc[];
}

/** Last contacts and visits (and the due date they give), so the cadence screens and reminders have something to say. */
export const withContactHistory = ({ rng, now, enterprises }: Input): EnterpriseDoc[] =>
  enterprises.map((e, i) => {
    // ent-001 is overdue for a contact and a visit; the rest spread from fresh to overdue.
    const contactDays = i === 0 ? 41 : rng.int(1, 40);
    const visitDays = i === 0 ? 130 : Math.max(contactDays, rng.int(10, 110));
    const history = { ...e, lastContactAt: new Date(now.getTime() - contactDays * DAY), lastVisitAt: new Date(now.getTime() - visitDays * DAY) };
    return { ...history, cadenceDueAt: cadenceDueDates({ ...history, since: e.createdAt }).nextDueAt };
  });

export const demoPolicies = (now: Date): PolicyDoc[] => {
  const today = shanghaiDate(now);
  const policy = (n: number, title: string, summary: string, issuer: string, industries: string[], tags: string[] = []): PolicyDoc => ({
    _id: `policy-${n}`, title, summary, issuer, validFrom: addCalendarDays(today, -120), validTo: addCalendarDays(today, 240), industries, tags, createdBy: 'u-district-01', createdAt: new Date(now.getTime() - n * DAY),
  });
  return [
    policy(1, '浦东新区促进集成电路产业高质量发展若干措施', '对流片、EDA 工具采购、首轮融资等给予补贴，单个企业年度最高 2000 万元。', '区科经委', ['集成电路']),
    policy(2, '浦东新区生物医药产业创新发展专项支持办法', '支持临床试验、新药上市许可持有人落地和研发外包服务平台建设。', '区科经委', ['生物医药']),
    policy(3, '人工智能创新应用场景开放与算力补贴', '按算力使用费用的 30% 给予补贴，年度最高 500 万元。', '区科经委', ['人工智能', '软件信息']),
    policy(4, '“专精特新”企业培育和奖励办法', '对新认定的国家级、市级专精特新企业分别给予一次性奖励。', '区科经委', [], ['专精特新']),
    policy(5, '浦东新区人才安居和子女就学保障实施细则', '重点企业核心人才可申请人才公寓，并享受子女就学协调服务。', '区人才局', []),
  ];
};

export const demoReports = ({ rng, now, enterprises, users }: Input): ReportDoc[] => {
  const steward = (id: string) => users.find((u) => u._id === id)!;
  const make = (n: number, e: EnterpriseDoc, category: ReportCategory, fields: Record<string, unknown>, daysAgo: number): ReportDoc => {
    const risk = reportRisk(category, fields);
    return {
      _id: `report-${n}`, enterpriseId: e._id, enterpriseName: e.name, unitId: e.unitId, stewardId: e.stewardId, category, fields,
      summary: reportSummary(category, fields), risk: !!risk, ...(risk ? { riskReason: risk } : {}),
      reportedBy: e.stewardId, reportedByName: steward(e.stewardId).name, createdAt: new Date(now.getTime() - daysAgo * DAY),
    };
  };
  const pick = () => rng.pick(enterprises);
  return [
    make(1, enterprises[2], '经营业绩变动', { period: '2026年三季度', metric: '营业收入', direction: '增长', changePercent: 23, note: '新产线投产' }, 12),
    make(2, enterprises[5], '重大投融资计划及进展', { kind: '融资', amount: 50000, stage: '签约', counterpart: '国投创业', note: 'C 轮' }, 20),
    make(3, pick(), '新产品和研发重大进展', { product: '12 英寸晶圆检测设备', stage: '试产', significance: '打破国外垄断，已进入头部晶圆厂验证' }, 8),
    make(4, enterprises[20], '企业迁入迁出', { direction: '迁出', place: '江苏省苏州市', scope: '部分', expectedDate: addCalendarDays(shanghaiDate(now), 90), reason: '当地提供大面积厂房和土地优惠' }, 3),
    make(5, enterprises[33], '外省市领导来访调研', { province: '浙江省', leaders: '嘉兴市副市长等一行 6 人', date: addCalendarDays(shanghaiDate(now), -5), topics: '考察生产基地，洽谈在嘉兴设立新工厂' }, 5),
    make(6, pick(), '企业政策享受', { policyName: '研发费用加计扣除', amount: 860, status: '已兑现' }, 30),
    make(7, pick(), '所处行业发展动态', { trend: '下游消费电子需求回暖，订单环比增加', impact: '利好' }, 15),
    make(8, pick(), '董事会/发布会等重大活动', { eventType: '发布会', date: addCalendarDays(shanghaiDate(now), -10), summary: '发布新一代工业机器人控制器' }, 10),
  ];
};

export const demoResearchVisits = ({ now, enterprises }: Input): ResearchVisitDoc[] => {
  const e = enterprises[3];
  const date = addCalendarDays(shanghaiDate(now), -14);
  const visit = (doc: ResearchVisitDoc): ResearchVisitDoc => {
    const next = nextResearchReminderAt(doc);
    return next ? { ...doc, nextReminderAt: next } : doc;
  };
  return [visit({
    status: 'recorded', stewardAccompanies: true, planFiles: [], remindersSent: [],
    _id: 'research-1', enterpriseId: e._id, enterpriseName: e.name, unitId: e.unitId, stewardId: e.stewardId, date,
    leaders: '区委副书记、副区长', accompanying: '区科经委、陆家嘴管理局', topics: '了解企业扩产计划和人才需求',
    promises: [
      { id: 'promise-1', content: '协调园区增加 2000 平方米研发用房', owner: '陆家嘴管理局', dueDate: addCalendarDays(date, 30), status: 'open' },
      { id: 'promise-2', content: '为核心研发团队办理人才公寓', owner: '区人才局', dueDate: addCalendarDays(date, 10), status: 'open' },
    ],
    openPromises: 2, followUpDueAt: workingDayDeadline(new Date(`${date}T12:00:00+08:00`), 10), createdBy: e.stewardId, createdAt: new Date(`${date}T18:00:00+08:00`),
  })];
};

export const demoPromotions = ({ now, enterprises, users }: Input, policies: PolicyDoc[]): PromotionDoc[] =>
  enterprises.slice(0, 4).map((e, i) => ({
    _id: `promotion-${i + 1}`, policyId: policies[3]._id, policyTitle: policies[3].title, enterpriseId: e._id, enterpriseName: e.name, unitId: e.unitId, stewardId: e.stewardId,
    intendsToApply: i % 2 === 0, note: i % 2 === 0 ? '企业计划今年申报' : '暂不符合条件', recordedBy: e.stewardId, recordedByName: users.find((u) => u._id === e.stewardId)!.name,
    createdAt: new Date(now.getTime() - (i + 2) * DAY),
  }));

export const CONTACT_TOPICS = ['了解企业经营情况和近期困难', '宣讲最新产业扶持政策', '跟进诉求办理进展', '了解扩产计划和用地需求', '走访生产线，了解用工需求'];
export const CONTACT_OUTCOMES = ['企业运行平稳，暂无新诉求', '企业有意申报专项资金，已告知申报时间', '记录企业用工需求，将对接人社部门', '企业对诉求办理进度表示满意'];

/** A visit's check-in near the enterprise; ent-005's was made 2 km away, so the unit home shows one flagged. */
const visitCheckIn = (e: EnterpriseDoc, at: Date): Pick<ContactDoc, 'checkIn' | 'checkInFlag'> => {
  const point = { latitude: e.location!.latitude + (e._id === 'ent-005' ? 0.018 : 0.0004), longitude: e.location!.longitude };
  const distance = distanceMeters(point, e.location!);
  const flag = checkInFlag(distance);
  return { checkIn: { at, ...point, distanceMeters: distance, photoFileIds: [] }, ...(flag ? { checkInFlag: flag } : {}) };
};

/** The contact records behind each enterprise's last contact and last visit. */
export const demoContacts = ({ rng, enterprises, users }: Input): ContactDoc[] =>
  enterprises.flatMap((e) => {
    const steward = users.find((u) => u._id === e.stewardId)!;
    const record = (kind: 'contact' | 'visit', at: Date): ContactDoc => ({
      _id: `contact-${e._id}-${kind}`, enterpriseId: e._id, enterpriseName: e.name, unitId: e.unitId, stewardId: e.stewardId,
      recordedBy: steward._id, recordedByName: steward.name, type: kind === 'visit' ? '上门走访' : rng.pick(['电话', '座谈', '短信/微信'] as const),
      at, who: rng.pick(['总经理', '董事长', '财务总监', '行政负责人']), topics: rng.pick(CONTACT_TOPICS), outcome: rng.pick(CONTACT_OUTCOMES), nextStep: '', demandIds: [],
      ...(kind === 'visit' && e.location ? visitCheckIn(e, at) : {}),
      createdAt: at, updatedAt: at,
    });
    const contacts = [record('visit', e.lastVisitAt!)];
    if (e.lastContactAt!.getTime() !== e.lastVisitAt!.getTime()) contacts.push(record('contact', e.lastContactAt!));
    return contacts;
  });
