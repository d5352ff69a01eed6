import type { Workbook, Worksheet } from 'exceljs';
import type { ReportExport } from '../../src/core/fieldwork/fieldwork.model';
import { inShanghai } from '../../src/core/time/shanghai';
import type { FileStore } from '../runtime/action-context';
import { newId } from '../db/codes';
import { loadExcel } from '../runtime/heavy-modules';
import { safeRow } from '../export/sheet-cells';

export interface SheetColumn<R> {
  header: string;
  width: number;
  value: (row: R) => string | number;
}

/** One sheet of rows under the given columns, with its header row bold and frozen. */
export const addSheet = <R>(book: Workbook, name: string, columns: SheetColumn<R>[], rows: R[]): Worksheet => {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(safeRow(Object.fromEntries(columns.map((c, i) => [`c${i}`, c.value(row)]))));
  return sheet;
};

/**
 * Writes a workbook to cloud storage under `exports/` and answers its file id and a short-lived
 * download link (the storage is private: only the functions hand out links).
 */
export const exportWorkbook = async (files: FileStore, name: string, now: Date, fill: (book: Workbook) => void, rows: number): Promise<ReportExport> => {
  const ExcelJS = loadExcel();
  const book = new ExcelJS.Workbook();
  fill(book);
  const cloudPath = `exports/${name}-${inShanghai(now).format('YYYYMMDD-HHmmss')}-${newId().slice(0, 6)}.xlsx`;
  const fileID = await files.upload(cloudPath, Buffer.from(await book.xlsx.writeBuffer()));
  return { fileID, url: (await files.tempUrls([fileID])).get(fileID), rows };
};
