import { reportCreateInput, reportExportInput, reportListInput, type ReportCategory } from '../../src/core/contracts/fieldwork.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import type { ReportView } from '../../src/core/fieldwork/fieldwork.model';
import { reportRisk, reportSummary } from '../../src/core/fieldwork/report.rules';
import { inShanghai } from '../../src/core/time/shanghai';
import { shanghaiDays } from '../db/date-range';
import { emptyPage, fetchAll, fetchPage } from '../db/paging';
import { defineAction } from '../runtime/define-action';
import type { Database } from '../runtime/cloud-types';
import { narrowedScope, enterpriseInScope } from '../runtime/access';
import { newId } from '../db/codes';
import { addSheet, exportWorkbook, type SheetColumn } from './export-workbook';
import { reportRepo, type ReportDoc } from '../db/report.repo';
import { userRepo, type UserDoc } from '../db/user.repo';
import { followCurrentSteward } from '../db/enterprise-records';
import { insertTracked } from '../db/tracked-writes';
import { notifyUsers } from '../notify/notifier';
import { todoNotice } from './demand-notices';
import { toReportView } from './fieldwork.view';

const reportCreate = defineAction({
  name: 'report.create',
  roles: ['steward', 'liaison'],
  input: reportCreateInput,
  writes: 'reports',
  summary: '报送企业重要信息（八类；迁出、外省市来访等风险即时提示单位和区科经委）',
  async handler(input, ctx): Promise<ReportView> {
    const enterprise = await enterpriseInScope(ctx.db, ctx.user, input.enterpriseId, { served: true });
    const category = input.category as ReportCategory;
    const fields = input.fields as Record<string, unknown>;
    const riskReason = reportRisk(category, fields);
    const doc: ReportDoc = {
      _id: newId(), enterpriseId: enterprise._id, enterpriseName: enterprise.name, unitId: enterprise.unitId, stewardId: enterprise.stewardId, creditedStewardId: enterprise.stewardId,
      category, fields, summary: reportSummary(category, fields), risk: !!riskReason, ...(riskReason ? { riskReason } : {}),
      reportedBy: ctx.user._id, reportedByName: ctx.user.name, createdAt: ctx.now(),
    };
    await insertTracked(ctx.db, 'reports', [doc], doc.createdAt);
    await followCurrentSteward(ctx.db, doc);
    ctx.audit.record(doc._id, `报送「${enterprise.name}」${category}：${doc.summary}`);
    if (riskReason) {
      const [unit, district] = await Promise.all([
        userRepo.findActive(ctx.db, { role: 'unit_admin', unitId: enterprise.unitId }),
        userRepo.findActive(ctx.db, { role: 'district_admin' }),
      ]);
      await notifyUsers(ctx.db, ctx.messages, [...unit, ...district], { ...todoNotice('risk:report', `风险提示：${category}`, { enterpriseName: enterprise.name }, ctx.now(), riskReason), recordId: doc._id, page: `pages/enterprise-profile/index?id=${enterprise._id}` });
    }
    return toReportView(doc);
  },
});

const reportFilter = (db: Database, user: UserDoc, input: { category?: string; unitId?: string; enterpriseId?: string; riskOnly?: boolean; from?: string; to?: string }) => {
  const scope = narrowedScope(user, 'report', { unitId: input.unitId }, '只能查看本单位的报送');
  if (!scope) return null;
  const filter: Record<string, unknown> = { ...scope };
  if (input.category) filter.category = input.category;
  if (input.enterpriseId) filter.enterpriseId = input.enterpriseId;
  if (input.riskOnly) filter.risk = true;
  const createdAt = shanghaiDays(db, input.from, input.to);
  if (createdAt) filter.createdAt = createdAt;
  return filter;
};

const reportList = defineAction({
  name: 'report.list',
  roles: ['steward', 'liaison', 'unit_admin', 'district_admin'],
  input: reportListInput,
  writes: false,
  summary: '企业重要信息报送列表（按类别、单位、时间筛选）',
  async handler(input, { db, user }): Promise<PageResult<ReportView>> {
    const filter = reportFilter(db, user, input);
    if (!filter) return emptyPage(input);
    return fetchPage(reportRepo.find(db, filter).orderBy('createdAt', 'desc'), input, toReportView);
  },
});

const reportExport = defineAction({
  name: 'report.export',
  roles: ['district_admin', 'unit_admin'],
  input: reportExportInput,
  writes: false,
  summary: '导出重要信息报送（Excel）',
  async handler(input, { db, user, files, now }): Promise<{ fileID: string; url?: string; rows: number }> {
    const filter = reportFilter(db, user, input);
    // Read by _id pages (an export reads the whole selection), newest first for the sheet.
    const rows = filter ? (await fetchAll(db, reportRepo.of(db), filter)).sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime()) : [];
    const columns: SheetColumn<ReportDoc>[] = [
      { header: '报送时间', width: 18, value: (r) => inShanghai(r.createdAt).format('YYYY-MM-DD HH:mm') },
      { header: '企业', width: 32, value: (r) => r.enterpriseName },
      { header: '类别', width: 20, value: (r) => r.category },
      { header: '内容', width: 50, value: (r) => r.summary },
      { header: '风险提示', width: 30, value: (r) => r.riskReason ?? '' },
      { header: '报送人', width: 12, value: (r) => r.reportedByName },
    ];
    return exportWorkbook(files, 'reports', now(), (book) => addSheet(book, '重要信息报送', columns, rows), rows.length);
  },
});

export const reportActions = [reportCreate, reportList, reportExport];
