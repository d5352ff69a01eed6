import type { DemandCategory, DemandStatus } from '../../src/core/demand/demand.model';
import type { DemandDoc, DemandEventDoc, DepartmentDoc, EnterpriseDoc, UserDoc } from '../../server/db/documents';
import type { seededRandom } from './random';

export const DEMAND_TITLES: Record<DemandCategory, string[]> = {
  政策咨询: ['咨询集成电路企业研发费用加计扣除政策', '了解张江科学城专项资金申报条件', '咨询首台套装备认定流程'],
  融资: ['申请科技型中小企业贷款贴息', '对接产业基金开展B轮融资', '咨询知识产权质押融资渠道'],
  '用地/厂房': ['扩产需要新增约5000平方米厂房', '研发中心租赁到期需续租协调', '申请工业用地容积率调整'],
  '人才/落户': ['核心研发人员申请人才引进落户', '申请人才公寓房源', '外籍高管工作许可续办咨询'],
  审批办理: ['新建实验室环评审批进度协调', '医疗器械注册检验排期加快', '建设工程规划许可办理咨询'],
  知识产权: ['海外专利布局费用资助申请', '商标被抢注需维权指导', '申请专利快速预审通道'],
  市场拓展: ['希望对接临港新片区整车企业', '参加进博会展位申请', '产品进入政府采购目录咨询'],
  其他: ['园区道路施工影响物流进出', '企业周边公交线路调整建议', '员工子女入学咨询'],
};

/**
 * Closing words of a seeded demand, made only of words every demand has (COMMON_WORDS in
 * src/core/similarity/demand-text.ts): demands asking the same thing then look alike to the
 * similarity index and demands asking different things do not, as in real data. A shared
 * sentence of substance would make every seeded demand look like every other.
 */
export const DEMAND_CLOSINGS = ['希望协助，谢谢！', '麻烦协调一下。', '您好，希望帮忙协调。', '需要协助，谢谢。', '希望了解一下目前情况。', '麻烦帮忙，谢谢。'];

const DEMO_SATISFACTION = ['满意', '非常满意', '满意', '基本满意'] as const;

/** The fields a resolved or closed demand carries besides its timeline: when, and the rating. */
const outcomeOf = (status: DemandStatus, timeline: DemandEventDoc[], satisfaction: string): Partial<DemandDoc> => {
  const at = (kind: string) => timeline.find((e) => e.kind === kind)?.at;
  const resolvedAt = at('resolved');
  const ratedAt = at('rated');
  if (status === 'resolved') return { resolvedAt, resolution: '已按政策口径答复并协助办理' };
  if (status !== 'closed' || !ratedAt) return {};
  return { resolvedAt, resolution: '已按政策口径答复并协助办理', closedAt: ratedAt, closeReason: 'rated', ratings: [{ at: ratedAt, resolved: '已解决', satisfaction, comment: '' }] };
};

interface DemoDemandInput {
  rng: ReturnType<typeof seededRandom>;
  now: Date;
  enterprises: EnterpriseDoc[];
  users: UserDoc[];
  departments: DepartmentDoc[];
  categories: readonly DemandCategory[];
  deadline: (from: Date, workingDays: number) => Date;
}

const STATUS_MIX: DemandStatus[] = ['submitted', 'submitted', 'submitted', 'returned', 'dispatched', 'dispatched', 'accepted', 'accepted', 'accepted', 'accepted', 'resolved', 'resolved', 'closed', 'closed', 'closed', 'closed', 'withdrawn'];

/** About 150 demands over the last 45 days, each with a timeline that matches its status. */
export const demoDemands = ({ rng, now, enterprises, users, departments, categories, deadline }: DemoDemandInput): DemandDoc[] => {
  const contactOf = new Map(users.filter((u) => u.role === 'enterprise').map((u) => [u.enterpriseId, u]));
  const demands: DemandDoc[] = [];
  for (let n = 1; n <= 150; n++) {
    // The first enterprises get several demands, so the demo identities have full lists.
    const enterprise = n <= 24 ? enterprises[(n - 1) % 3] : rng.pick(enterprises);
    const contact = contactOf.get(enterprise._id)!;
    const category = rng.pick(categories);
    const status = rng.pick(STATUS_MIX);
    const ageDays = status === 'submitted' ? rng.int(0, 3) : rng.int(2, 45);
    const created = new Date(now.getTime() - ageDays * 86400000 - rng.int(0, 8) * 3600000);
    const dept = rng.pick(departments);
    const at = (hoursAfter: number) => new Date(Math.min(created.getTime() + hoursAfter * 3600000, now.getTime()));
    const event = (hours: number, actor: { _id: string; name: string; role: UserDoc['role'] }, kind: string, text: string): DemandEventDoc => ({
      at: at(hours), actorId: actor._id, actorName: actor.name, actorRole: actor.role, kind, text,
    });
    const steward = { _id: enterprise.stewardId, name: enterprise.stewardName, role: 'steward' as const };
    const deptActor = { _id: `u-${dept._id}`, name: `${dept.name}办理专员`, role: 'department' as const };
    const timeline: DemandEventDoc[] = [event(0, contact, 'submitted', `${contact.name}提交了诉求，等待服务管家审核`)];
    if (status === 'returned') timeline.push(event(5, steward, 'returned', '服务管家退回修改：请补充具体面积需求和时间要求'));
    if (['dispatched', 'accepted', 'resolved', 'closed'].includes(status)) timeline.push(event(4, steward, 'dispatched', `服务管家审核通过，已派至${dept.name}办理`));
    if (['accepted', 'resolved', 'closed'].includes(status)) timeline.push(event(20, deptActor, 'accepted', `${dept.name}已受理并联系企业`));
    if (['resolved', 'closed'].includes(status)) timeline.push(event(24 * rng.int(2, 6), deptActor, 'resolved', `${dept.name}已办结：已按政策口径答复并协助办理`));
    // Closed demands were rated well (a bad rating would have sent them to rectification); picked by
    // number, not by the random source, so the rest of the demo data stays as it was.
    const satisfaction = DEMO_SATISFACTION[n % DEMO_SATISFACTION.length];
    if (status === 'closed') timeline.push(event(24 * 7, contact, 'rated', `企业评价：已解决，${satisfaction}`));
    if (status === 'withdrawn') timeline.push(event(6, contact, 'withdrawn', '企业撤回了诉求'));
    const last = timeline[timeline.length - 1].at;
    const title = rng.pick(DEMAND_TITLES[category]);
    demands.push({
      _id: `dem-${String(n).padStart(4, '0')}`,
      enterpriseId: enterprise._id, enterpriseName: enterprise.name, unitId: enterprise.unitId,
      stewardId: enterprise.stewardId, stewardName: enterprise.stewardName,
      ...(status !== 'submitted' && status !== 'returned' && status !== 'withdrawn' ? { departmentId: dept._id } : {}),
      category, title,
      description: `${title}，${rng.pick(DEMAND_CLOSINGS)}`,
      urgency: rng.next() < 0.2 ? 'urgent' : 'normal', status,
      submittedBy: contact._id, onBehalf: false, version: timeline.length, timeline,
      createdAt: created, updatedAt: last, reviewDueAt: deadline(created, 1),
      ...outcomeOf(status, timeline, satisfaction),
    });
  }
  return demands;
};
