import type { Workbook } from 'exceljs';
import type { BulletinDocumentView } from '../../src/core/bulletin/bulletin.model';
import { bulletinTables, type BulletinTable } from '../../src/core/bulletin/bulletin-tables';
import { RED_FLAG_DEFINITION } from '../../src/core/bulletin/red-flags';
import { DEFAULT_RANKING } from '../../src/core/bulletin/ranking';
import { addSheet, type SheetColumn } from '../actions/export-workbook';

/**
 * The bulletin as an Excel workbook an office files as is: a cover sheet (title, summary, the
 * district's remarks, the 口径 of the ranking and the flags), then one sheet per table.
 */
const tableSheet = (book: Workbook, table: BulletinTable) => {
  const columns: SheetColumn<string[]>[] = table.columns.map((c, i) => ({ header: c.header, width: c.width, value: (row) => row[i] ?? '' }));
  addSheet(book, table.name, columns, table.note ? [...table.rows, [], [`口径：${table.note}`]] : table.rows);
};

export const fillBulletinWorkbook = (book: Workbook, view: BulletinDocumentView): void => {
  const cover: Array<[string, string]> = [
    ['标题', view.title],
    ['状态', view.status === 'published' ? `已发布（${view.publishedAt?.slice(0, 10) ?? ''}）` : '待发布'],
    ['摘要', view.summary],
    ['区科经委意见', view.remarks || '—'],
    ['综合排名口径', DEFAULT_RANKING.definition],
    ['红色预警口径', RED_FLAG_DEFINITION],
  ];
  const sheet = addSheet(book, '通报', [{ header: '项目', width: 14, value: (r: [string, string]) => r[0] }, { header: '内容', width: 100, value: (r) => r[1] }], cover);
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  bulletinTables(view).forEach((t) => tableSheet(book, t));
};
