import { summaryIdInput } from '../../src/core/contracts/summary.contracts';
import type { ReportExport } from '../../src/core/fieldwork/fieldwork.model';
import { inShanghai } from '../../src/core/time/shanghai';
import { newId } from '../db/codes';
import { defineAction } from '../runtime/define-action';
import { summaryDocument } from '../summary/summary-document';
import { detailOf } from './summary-review.actions';

const summaryExport = defineAction({
  name: 'summary.export',
  roles: ['steward', 'unit_admin', 'district_admin'],
  input: summaryIdInput,
  writes: false,
  summary: '导出一份年度总结为 Word 文档（单位总结附本单位管家清单）',
  async handler({ id }, ctx): Promise<ReportExport> {
    const summary = await detailOf(ctx, id, 'whole');
    if (!summary.can.export) throw new Error('unreachable: a saved summary the caller may read can be exported');
    const content = await summaryDocument(summary);
    const name = `${summary.year}年度总结-${summary.subjectName}`.replace(/[\\/:*?"<>|\s]+/g, '');
    const fileID = await ctx.files.upload(`exports/${name}-${inShanghai(ctx.now()).format('YYYYMMDD-HHmmss')}-${newId().slice(0, 6)}.docx`, content);
    return { fileID, url: (await ctx.files.tempUrls([fileID])).get(fileID), rows: 1 };
  },
});

export const summaryExportActions = [summaryExport];
