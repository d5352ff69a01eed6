import { enterpriseImportInput } from '../../src/core/contracts/org.contracts';
import { AppError } from '../../src/core/errors';
import { validateImportRows } from '../../src/core/org/enterprise-import.rules';
import type { ImportResult } from '../../src/core/org/org.model';
import { DEFAULT_CONTACT_DAYS, DEFAULT_VISIT_DAYS } from '../../src/core/contact/cadence';
import { defineAction } from '../runtime/define-action';
import { newId } from '../db/codes';
import { enterpriseRepo, type EnterpriseDoc } from '../db/enterprise.repo';
import { unitRepo } from '../db/unit.repo';
import { readEnterpriseSheet } from '../import/read-enterprise-sheet';
import { acceptUpload } from './uploaded-files';
import { staffingChanged } from '../db/staffing.query';
import { enterpriseNameRepo } from '../db/enterprise-name.repo';

export const enterpriseImport = defineAction({
  name: 'enterprise.import',
  roles: ['district_admin'],
  input: enterpriseImportInput,
  writes: 'enterprises',
  summary: '从 Excel 批量导入重点企业（任一行有误则全部不导入）',
  async handler(input, ctx): Promise<ImportResult> {
    const rows = await readEnterpriseSheet((await acceptUpload(ctx, 'import', { fileID: input.fileID }, 'fileID')).content);
    const [units, codes] = await Promise.all([unitRepo.all(ctx.db), enterpriseRepo.creditCodes(ctx.db)]);
    const { valid, errors } = validateImportRows(rows, new Map(units.map((u) => [u.name, u._id])), codes);
    if (errors.length > 0) {
      const first = errors[0];
      throw new AppError('IMPORT_REJECTED', `有 ${new Set(errors.map((e) => e.row)).size} 行有误（如第 ${first.row} 行「${first.column}」：${first.message}），未导入任何企业`, undefined, errors);
    }
    const importId = newId();
    const at = ctx.now();
    const docs: EnterpriseDoc[] = valid.map(({ row: _row, ...e }) => ({
      _id: newId(), ...e, stewardId: '', stewardName: '', contactCadenceDays: DEFAULT_CONTACT_DAYS, visitCadenceDays: DEFAULT_VISIT_DAYS, status: 'active', createdAt: at, importId,
    }));
    try {
      // One batch insert; should it fail part-way, the rows of this import are taken out again.
      await enterpriseRepo.insertMany(ctx.db, docs);
    } catch (error) {
      await enterpriseRepo.removeWhere(ctx.db, { importId });
      await enterpriseNameRepo.removeOf(ctx.db, docs.map((d) => d._id));
      throw new AppError('IMPORT_REJECTED', `导入时发生冲突，未导入任何企业，请重试（${(error as Error).message}）`);
    }
    await staffingChanged(ctx.db, ...docs.map((d) => d.unitId));
    ctx.audit.record(importId, `从 Excel 导入企业 ${docs.length} 家`);
    return { imported: docs.length, errors: [] };
  },
});
