import { bulletinExportInput } from '../../src/core/contracts/bulletin.contracts';
import { bulletinTables } from '../../src/core/bulletin/bulletin-tables';
import type { ReportExport } from '../../src/core/fieldwork/fieldwork.model';
import { inShanghai } from '../../src/core/time/shanghai';
import { newId } from '../db/codes';
import { defineAction } from '../runtime/define-action';
import { exportedSections, readableBulletin } from '../bulletin/bulletin-access';
import { bulletinPdf } from '../bulletin/bulletin-pdf';
import { fillBulletinWorkbook } from '../bulletin/bulletin-workbook';
import { toBulletinView } from '../bulletin/bulletin.view';
import { exportWorkbook } from './export-workbook';

/**
 * A bulletin as a file to file: an Excel workbook (one sheet per table) or a printable A4 PDF.
 * The district's copy carries every unit's stewards; a unit admin's, their own unit's.
 */
const bulletinExport = defineAction({
  name: 'bulletin.export',
  roles: ['district_admin', 'unit_admin'],
  input: bulletinExportInput,
  writes: false,
  summary: '导出月通报：Excel（每张表一页）或可打印的 PDF（含图表）',
  async handler({ id, format }, { db, user, files, now }): Promise<ReportExport> {
    const doc = await readableBulletin(db, user, id);
    const view = toBulletinView(doc, await exportedSections(db, user, id));
    const at = now();
    const rows = bulletinTables(view).reduce((n, t) => n + t.rows.length, 0);
    const name = `bulletin-${doc.month}${user.role === 'unit_admin' ? `-${user.unitId}` : ''}`;
    if (format === 'xlsx') return exportWorkbook(files, name, at, (book) => fillBulletinWorkbook(book, view), rows);
    const cloudPath = `exports/${name}-${inShanghai(at).format('YYYYMMDD-HHmmss')}-${newId().slice(0, 6)}.pdf`;
    const fileID = await files.upload(cloudPath, await bulletinPdf(view));
    return { fileID, url: (await files.tempUrls([fileID])).get(fileID), rows };
  },
});

export const bulletinExportActions = [bulletinExport];
