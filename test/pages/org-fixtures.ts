import { fireEvent, screen } from '@testing-library/react';
import type { ContactView, EnterpriseView, HandoverTaskView, HandoverView, StewardLoad, StewardPage } from '@/core/org/org.model';

const SHANGHAI_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** The Shanghai calendar date `days` from today, as YYYY-MM-DD. */
export function shanghaiDay(days: number): string {
  return new Date(Date.now() + SHANGHAI_MS + days * DAY_MS).toISOString().slice(0, 10);
}

/** The end of that Shanghai day, as the server stores a handover deadline. */
export const endOfShanghaiDay = (days: number) => new Date(`${shanghaiDay(days)}T23:59:59.999+08:00`).toISOString();

/** `5月27日` for the Shanghai date `days` from today. */
export function monthDayOf(days: number): string {
  const [, m, d] = shanghaiDay(days).split('-');
  return `${Number(m)}月${Number(d)}日`;
}

export function enterprise(overrides: Partial<EnterpriseView> = {}): EnterpriseView {
  return {
    id: 'ent-001',
    name: '上海陆家嘴示例金融科技有限公司',
    creditCode: '91310115MA1H7XXXX0',
    industry: '金融科技',
    address: '上海市浦东新区世纪大道100号',
    unitId: 'unit-z01',
    unitName: '陆家嘴管理局',
    stewardId: 'u-steward-01',
    stewardName: '王管家',
    stewardPhone: '13800000001',
    tags: ['金融科技', '总部企业'],
    contactCadenceDays: 30,
    visitCadenceDays: 90,
    status: 'active',
    ...overrides,
  };
}

export function handoverTask(overrides: Partial<HandoverTaskView> = {}): HandoverTaskView {
  return {
    id: 't1',
    enterpriseId: 'ent-010',
    enterpriseName: '上海示例生物医药有限公司',
    unitId: 'unit-z01',
    fromStewardName: '王管家',
    toStewardId: 'u-steward-02',
    toStewardName: '李管家',
    createdAt: new Date().toISOString(),
    dueAt: endOfShanghaiDay(3),
    state: 'open',
    escalated: false,
    ...overrides,
  };
}

export function handoverRequest(overrides: Partial<HandoverView> = {}): HandoverView {
  return {
    id: 'h1',
    unitId: 'unit-z01',
    unitName: '陆家嘴管理局',
    fromStewardId: 'u-steward-01',
    fromStewardName: '王管家',
    toStewardId: 'u-steward-02',
    toStewardName: '李管家',
    enterpriseIds: ['ent-009'],
    enterpriseNames: ['甲科技有限公司'],
    reason: '管家岗位调整',
    status: 'pending',
    proposedByName: '陆家嘴总管家',
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

export function stewardLoad(overrides: Partial<StewardLoad> = {}): StewardLoad {
  return {
    id: 'u-steward-01',
    name: '王管家',
    status: 'active',
    bound: true,
    enterprises: 11,
    overloaded: true,
    liaisonNames: [],
    openHandoverTasks: 0,
    overdueHandoverTasks: 0,
    ...overrides,
  };
}

/** One page of `org.stewards`, as the server answers it. */
export function stewardPage(items: StewardLoad[], { page = 1, hasMore = false, total = items.length } = {}): StewardPage {
  return { items, page, pageSize: 20, hasMore, total };
}

/** Tap a steward picker's trigger, wait for the sheet's list, and tap the steward named. */
export async function pickSteward(trigger: Element, name: string): Promise<void> {
  fireEvent.click(trigger);
  const option = await screen.findByText((_, el) => !!el?.classList.contains('steward-option') && el.textContent!.startsWith(`${name}（`));
  fireEvent.click(option);
}

export function contactView(overrides: Partial<ContactView> = {}): ContactView {
  return {
    id: 'c1',
    enterpriseId: 'ent-001',
    enterpriseName: '上海陆家嘴示例金融科技有限公司',
    type: '电话',
    at: '2024-05-24T02:00:00.000Z',
    who: '张经理',
    topics: '了解扩产计划',
    outcome: '企业暂无新诉求',
    nextStep: '',
    photos: [],
    recordedBy: 'u-steward-01',
    recordedByName: '王管家',
    createdAt: '2024-05-24T02:05:00.000Z',
    ...overrides,
  };
}
