import { demandExportInput } from '../../src/core/contracts/demand.contracts';
import { DEMAND_EXPORT_MAX_ROWS, DEMAND_FILTER_MESSAGES } from '../../src/core/contracts/demand.fields';
import { currentDue, STAGE_LABELS } from '../../src/core/demand/demand.deadlines';
import { DEMAND_STATUS_LABELS, URGENCY_LABELS } from '../../src/core/demand/demand.model';
import { invalid } from '../../src/core/errors';
import type { ReportExport } from '../../src/core/fieldwork/fieldwork.model';
import { inShanghai } from '../../src/core/time/shanghai';
import { demandRepo, type DemandDoc } from '../db/demand.repo';
import { fetchAll } from '../db/paging';
import { unitRepo } from '../db/unit.repo';
import { defineAction } from '../runtime/define-action';
import { byOrder, demandSelection } from './demand-selection';
import { addSheet, exportWorkbook, type SheetColumn } from './export-workbook';

const time = (d?: Date | string) => (d ? inShanghai(d).format('YYYY-MM-DD HH:mm') : '');

const columns = (unitNames: Map<string, string>, now: Date): SheetColumn<DemandDoc>[] => [
  { header: '提交时间', width: 17, value: (d) => time(d.createdAt) },
  { header: '诉求标题', width: 36, value: (d) => d.title },
  { header: '类别', width: 12, value: (d) => d.category },
  { header: '紧急程度', width: 9, value: (d) => URGENCY_LABELS[d.urgency] ?? '' },
  { header: '状态', width: 16, value: (d) => DEMAND_STATUS_LABELS[d.status] },
  { header: '企业', width: 32, value: (d) => d.enterpriseName },
  { header: '属地单位', width: 16, value: (d) => unitNames.get(d.unitId) ?? '' },
  { header: '服务管家', width: 10, value: (d) => d.stewardName },
  { header: '办理部门', width: 16, value: (d) => d.departmentName ?? '' },
  { header: '当前环节', width: 14, value: (d) => { const due = currentDue(d); return due ? STAGE_LABELS[due.stage] : ''; } },
  { header: '环节期限', width: 17, value: (d) => time(currentDue(d)?.dueAt) },
  { header: '是否逾期', width: 9, value: (d) => { const due = currentDue(d); return due && due.dueAt < now ? '逾期' : ''; } },
  { header: '督办', width: 17, value: (d) => time(d.escalatedAt) },
  { header: '管家代提', width: 9, value: (d) => (d.onBehalf ? '是' : '') },
];

const demandExport = defineAction({
  name: 'demand.export',
  roles: ['unit_admin', 'district_admin'],
  input: demandExportInput,
  writes: false,
  summary: '按当前筛选条件导出诉求清单（Excel）',
  async handler(input, { db, user, files, now }): Promise<ReportExport> {
    const at = now();
    const selection = await demandSelection(db, user, input, at);
    const total = selection ? await demandRepo.count(db, selection.where) : 0;
    if (total > DEMAND_EXPORT_MAX_ROWS) throw invalid(DEMAND_FILTER_MESSAGES.tooManyRows(total));
    // Read by _id pages without the long fields (as the lists read), then put in the selection's order.
    const read = selection && total ? fetchAll<DemandDoc>(db, demandRepo.of(db), selection.where, { description: false, timeline: false, similarity: false }) : Promise.resolve([]);
    const [rows, units] = await Promise.all([read.then((r) => (selection ? r.sort(byOrder(selection.order)) : r)), unitRepo.all(db)]);
    const unitNames = new Map(units.map((u) => [u._id, u.name]));
    return exportWorkbook(files, 'demands', at, (book) => addSheet(book, '诉求清单', columns(unitNames, at), rows), rows.length);
  },
});

export const demandExportActions = [demandExport];
