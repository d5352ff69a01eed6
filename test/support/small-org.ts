import type { TestCloud } from './test-cloud';

/**
 * A district of two units, three stewards, three enterprises and one department, with no history:
 * for tests whose figures must come out exactly from the history they write themselves.
 * Identities (openids): steward-a, steward-b (unit-a), steward-c (unit-b), unit-admin-a,
 * unit-admin-b, dept-a, district; enterprise contacts ent-a, ent-b, ent-c.
 */
export const SMALL = { stewardA: 'steward-a', stewardB: 'steward-b', stewardC: 'steward-c', unitAdminA: 'unit-admin-a', unitAdminB: 'unit-admin-b', dept: 'dept-a', district: 'district', entA: 'ent-a', entB: 'ent-b', entC: 'ent-c' } as const;

export const seedSmallOrg = (t: TestCloud, now = new Date()) => {
  const created = new Date(now.getTime() - 200 * 86_400_000);
  const user = (id: string, role: string, name: string, extra: object = {}) => ({ _id: `u-${id}`, openid: id, role, name, status: 'active', createdAt: created, ...extra });
  const enterprise = (n: string, name: string, unitId: string, steward: string, stewardName: string, code: string) => ({
    _id: `e-${n}`, name, creditCode: code, industry: '集成电路', address: '上海市浦东新区张江路 1 号', unitId, stewardId: `u-${steward}`, stewardName,
    tags: [], location: { latitude: 31.2, longitude: 121.6 }, contactCadenceDays: 30, visitCadenceDays: 90, status: 'active', createdAt: created,
    lastContactAt: new Date(now.getTime() - 10 * 86_400_000), lastVisitAt: new Date(now.getTime() - 40 * 86_400_000),
  });
  const data: Record<string, object[]> = {
    units: [{ _id: 'unit-a', name: '甲管理局', kind: 'zone' }, { _id: 'unit-b', name: '乙镇', kind: 'town' }],
    departments: [{ _id: 'dept-a', name: '区金融工作局' }],
    users: [
      user('steward-a', 'steward', '管家甲', { unitId: 'unit-a' }), user('steward-b', 'steward', '管家乙', { unitId: 'unit-a' }), user('steward-c', 'steward', '管家丙', { unitId: 'unit-b' }),
      user('unit-admin-a', 'unit_admin', '甲单位总管家', { unitId: 'unit-a' }), user('unit-admin-b', 'unit_admin', '乙单位总管家', { unitId: 'unit-b' }),
      user('dept-a', 'department', '区金融工作局办理专员', { departmentId: 'dept-a' }), user('district', 'district_admin', '区科经委'),
      user('ent-a', 'enterprise', '企业甲联系人', { enterpriseId: 'e-a', unitId: 'unit-a' }), user('ent-b', 'enterprise', '企业乙联系人', { enterpriseId: 'e-b', unitId: 'unit-a' }),
      user('ent-c', 'enterprise', '企业丙联系人', { enterpriseId: 'e-c', unitId: 'unit-b' }),
    ],
    enterprises: [
      enterprise('a', '上海甲芯科技有限公司', 'unit-a', 'steward-a', '管家甲', '91310115MA1H000001'),
      enterprise('b', '上海乙药生物有限公司', 'unit-a', 'steward-b', '管家乙', '91310115MA1H000002'),
      enterprise('c', '上海丙智能装备有限公司', 'unit-b', 'steward-c', '管家丙', '91310115MA1H000003'),
    ],
  };
  for (const [collection, docs] of Object.entries(data)) t.cloud.engine.insertMany(collection, docs);
};
