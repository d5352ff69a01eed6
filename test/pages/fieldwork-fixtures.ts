import type { CadenceRow, EnterpriseProfile, PolicyView, PromotionView, ReportView, ResearchVisitView } from '@/core/fieldwork/fieldwork.model';
import { contactView, endOfShanghaiDay, enterprise, shanghaiDay } from './org-fixtures';

export function cadenceRow(overrides: Partial<CadenceRow> = {}): CadenceRow {
  return {
    enterpriseId: 'ent-001',
    enterpriseName: '上海联影信息技术有限公司',
    lastContactAt: '2024-04-10T02:00:00.000Z',
    lastVisitAt: '2024-01-10T02:00:00.000Z',
    contactDueAt: endOfShanghaiDay(-3),
    visitDueAt: endOfShanghaiDay(-20),
    contactState: 'overdue',
    visitState: 'overdue',
    state: 'overdue',
    daysOverdue: 20,
    ...overrides,
  };
}

export function reportView(overrides: Partial<ReportView> = {}): ReportView {
  return {
    id: 'r1',
    enterpriseId: 'ent-001',
    enterpriseName: '上海联影信息技术有限公司',
    unitId: 'unit-z01',
    category: '经营业绩变动',
    fields: {},
    summary: '2024年一季度营业收入增长12%',
    risk: false,
    reportedByName: '王管家',
    createdAt: '2024-05-24T02:00:00.000Z',
    ...overrides,
  };
}

export function researchVisit(overrides: Partial<ResearchVisitView> = {}): ResearchVisitView {
  return {
    id: 'v1',
    status: 'recorded',
    stewardAccompanies: true,
    planFiles: [],
    enterpriseId: 'ent-001',
    enterpriseName: '上海联影信息技术有限公司',
    unitId: 'unit-z01',
    date: shanghaiDay(-14),
    leaders: '副区长 张某某',
    accompanying: '区科经委',
    topics: '了解企业扩产计划和人才需求',
    promises: [
      { id: 'p1', content: '协调园区增加研发用房', owner: '陆家嘴管理局', dueDate: shanghaiDay(-2), status: 'open', overdue: true },
      { id: 'p2', content: '为核心团队办理人才公寓', owner: '区人才局', dueDate: shanghaiDay(10), status: 'open', overdue: false },
    ],
    openPromises: 2,
    followUpDueAt: endOfShanghaiDay(-1),
    ...overrides,
  };
}

export function policyView(overrides: Partial<PolicyView> = {}): PolicyView {
  return {
    id: 'policy-3',
    title: '人工智能创新应用场景开放与算力补贴',
    summary: '按算力使用费用的 30% 给予补贴，年度最高 500 万元。',
    issuer: '区科经委',
    validFrom: '2024-01-01',
    validTo: '2024-12-31',
    industries: ['人工智能', '软件信息'],
    tags: [],
    expired: false,
    ...overrides,
  };
}

export function promotionView(overrides: Partial<PromotionView> = {}): PromotionView {
  return {
    id: 'pm1',
    policyId: 'policy-4',
    policyTitle: '“专精特新”企业培育和奖励办法',
    enterpriseId: 'ent-001',
    enterpriseName: '上海联影信息技术有限公司',
    intendsToApply: true,
    note: '企业计划今年申报',
    recordedByName: '王管家',
    createdAt: '2024-05-20T02:00:00.000Z',
    ...overrides,
  };
}

export function profileOf(overrides: Partial<EnterpriseProfile> = {}): EnterpriseProfile {
  const e = enterprise({ lastContactAt: '2024-05-20T02:00:00.000Z' });
  return {
    enterprise: e,
    cadence: cadenceRow({ enterpriseId: e.id, enterpriseName: e.name }),
    contacts: [contactView()],
    demands: [],
    reports: [],
    researchVisits: [],
    promotions: [],
    ...overrides,
  };
}
