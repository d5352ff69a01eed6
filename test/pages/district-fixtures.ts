import type { AccountView, EnterpriseView, IssuedCode, StewardLoad, UnitView } from '@/core/org/org.model';

export const units: UnitView[] = [
  { id: 'unit-z01', name: '陆家嘴管理局', kind: 'zone' },
  { id: 'unit-z02', name: '张江管理局', kind: 'zone' },
  { id: 'unit-t01', name: '川沙新镇', kind: 'town' },
];

export function stewardLoad(overrides: Partial<StewardLoad> = {}): StewardLoad {
  return {
    id: 'u-steward-9',
    name: '王芳',
    status: 'active',
    bound: true,
    enterprises: 9,
    overloaded: false,
    liaisonNames: [],
    openHandoverTasks: 0,
    overdueHandoverTasks: 0,
    ...overrides,
  };
}

export function account(overrides: Partial<AccountView> = {}): AccountView {
  return {
    id: 'u-1',
    role: 'steward',
    name: '陈静',
    status: 'active',
    bound: false,
    unitId: 'unit-z02',
    pendingCodeExpiresAt: '2030-06-01T02:00:00.000Z',
    createdAt: '2024-05-25T02:00:00.000Z',
    ...overrides,
  };
}

export const issuedCode: IssuedCode = {
  code: 'K7PM-Q3XD',
  expiresAt: '2030-06-01T02:00:00.000Z',
  qrDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
};

export function enterprise(overrides: Partial<EnterpriseView> = {}): EnterpriseView {
  return {
    id: 'e-1',
    name: '上海张江示例生物医药有限公司',
    creditCode: '91310115MA1K3YJX2D',
    industry: '生物医药',
    address: '上海市浦东新区张江路 100 号',
    unitId: 'unit-z02',
    stewardId: 'u-steward-9',
    stewardName: '王芳',
    tags: ['专精特新'],
    contactCadenceDays: 30,
    visitCadenceDays: 90,
    status: 'active',
    ...overrides,
  };
}
