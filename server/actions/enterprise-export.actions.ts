import ExcelJS from 'exceljs';
import { enterpriseExportInput } from '../../src/core/contracts/org.contracts';
import type { ReportExport } from '../../src/core/fieldwork/fieldwork.model';
import { inShanghai } from '../../src/core/time/shanghai';
import { newId } from '../db/codes';
import { enterpriseRepo } from '../db/enterprise.repo';
import { fetchAll } from '../db/paging';
import { containsText } from '../db/text-search';
import { unitRepo } from '../db/unit.repo';
import { narrowedScope } from '../runtime/access';
import { defineAction } from '../runtime/define-action';

const COLUMNS = [
  { header: '企业名称', key: 'name', width: 36 },
  { header: '统一社会信用代码', key: 'creditCode', width: 22 },
  { header: '所属单位', key: 'unit', width: 18 },
  { header: '服务管家', key: 'steward', width: 12 },
  { header: '行业', key: 'industry', width: 16 },
  { header: '地址', key: 'address', width: 40 },
  { header: '最近联系', key: 'lastContact', width: 12 },
  { header: '状态', key: 'status', width: 8 },
];

/** The enterprise list as a workbook, under the same filters and scope as the list (district: all; unit: its own). */
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
    const [rows, units] = await Promise.all([scope ? fetchAll(enterpriseRepo.find(db, filter).orderBy('name', 'asc')) : [], unitRepo.all(db)]);
    const unitName = new Map(units.map((u) => [u._id, u.name]));
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('重点企业名单');
    sheet.columns = COLUMNS;
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const e of rows) {
      sheet.addRow({
        name: e.name, creditCode: e.creditCode, unit: unitName.get(e.unitId) ?? '', steward: e.stewardName || '未分配', industry: e.industry, address: e.address,
        lastContact: e.lastContactAt ? inShanghai(e.lastContactAt).format('YYYY-MM-DD') : '', status: e.status === 'active' ? '在册' : '已移出',
      });
    }
    const fileID = await files.upload(`exports/enterprises-${inShanghai(now()).format('YYYYMMDD-HHmmss')}-${newId().slice(0, 6)}.xlsx`, Buffer.from(await book.xlsx.writeBuffer()));
    return { fileID, url: (await files.tempUrls([fileID])).get(fileID), rows: rows.length };
  },
});
