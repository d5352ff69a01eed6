import { enterpriseExportInput } from '../../src/core/contracts/org.contracts';
import type { ReportExport } from '../../src/core/fieldwork/fieldwork.model';
import { inShanghai } from '../../src/core/time/shanghai';
import { enterpriseRepo, type EnterpriseDoc } from '../db/enterprise.repo';
import { fetchAll } from '../db/paging';
import { containsText } from '../db/text-search';
import { unitRepo } from '../db/unit.repo';
import { narrowedScope } from '../runtime/access';
import { defineAction } from '../runtime/define-action';
import { addSheet, exportWorkbook, type SheetColumn } from './export-workbook';

const columns = (unitNames: Map<string, string>): SheetColumn<EnterpriseDoc>[] => [
  { header: '企业名称', width: 36, value: (e) => e.name },
  { header: '统一社会信用代码', width: 22, value: (e) => e.creditCode },
  { header: '所属单位', width: 18, value: (e) => unitNames.get(e.unitId) ?? '' },
  { header: '服务管家', width: 12, value: (e) => e.stewardName || '未分配' },
  { header: '行业', width: 16, value: (e) => e.industry ?? '' },
  { header: '地址', width: 40, value: (e) => e.address ?? '' },
  { header: '最近联系', width: 12, value: (e) => (e.lastContactAt ? inShanghai(e.lastContactAt).format('YYYY-MM-DD') : '') },
  { header: '状态', width: 8, value: (e) => (e.status === 'active' ? '在册' : '已移出') },
];

/**
 * The enterprise list as a workbook, under the same filters and scope as the list (district: all;
 * unit: its own). Written through addSheet, so names and addresses that look like formulas stay text.
 */
export const enterpriseExport = defineAction({
  name: 'enterprise.export',
  roles: ['district_admin', 'unit_admin'],
  input: enterpriseExportInput,
  writes: false,
  summary: '导出重点企业名单（Excel）',
  async handler(input, { db, user, files, now }): Promise<ReportExport> {
    const scope = narrowedScope(user, 'enterprise', { unitId: input.unitId, stewardId: input.stewardId }, '筛选条件超出您的服务范围');
    const filter: Record<string, unknown> = { ...scope };
    if (!input.includeRemoved) filter.status = 'active';
    if (input.keyword) filter.name = containsText(db, input.keyword);
    // Read by _id pages (fetchAll never skips), then by name as the list shows them.
    const byName = (a: EnterpriseDoc, b: EnterpriseDoc) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const read = scope ? fetchAll<EnterpriseDoc>(db, enterpriseRepo.of(db), filter).then((r) => r.sort(byName)) : Promise.resolve([]);
    const [rows, units] = await Promise.all([read, unitRepo.all(db)]);
    const unitNames = new Map(units.map((u) => [u._id, u.name]));
    return exportWorkbook(files, 'enterprises', now(), (book) => addSheet(book, '重点企业名单', columns(unitNames), rows), rows.length);
  },
});
