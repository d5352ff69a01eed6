import type { CellValue } from 'exceljs';
import { loadExcel } from '../runtime/heavy-modules';
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS, REQUIRED_COLUMNS, type ImportColumn, type ImportRow } from '../../src/core/org/enterprise-import.rules';
import { AppError } from '../../src/core/errors';

const cellText = (value: CellValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return String(value.result ?? '');
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value);
};

/** Read the first worksheet of an .xlsx file into rows keyed by the template's column names. */
export const readEnterpriseSheet = async (content: Buffer): Promise<ImportRow[]> => {
  const ExcelJS = loadExcel();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new AppError('IMPORT_REJECTED', '无法读取文件，请上传 .xlsx 格式的 Excel 文件');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('IMPORT_REJECTED', 'Excel 文件中没有工作表');
  const header = new Map<number, ImportColumn>();
  sheet.getRow(1).eachCell((cell, col) => {
    const name = cellText(cell.value).trim() as ImportColumn;
    if ((IMPORT_COLUMNS as readonly string[]).includes(name)) header.set(col, name);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => ![...header.values()].includes(c));
  if (missing.length) throw new AppError('IMPORT_REJECTED', `第 1 行应为表头，缺少列：${missing.join('、')}`);
  const rows: ImportRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: ImportRow['cells'] = {};
    header.forEach((column, col) => {
      cells[column] = cellText(row.getCell(col).value);
    });
    if (Object.values(cells).some((v) => v?.trim())) rows.push({ row: rowNumber, cells });
  });
  if (rows.length === 0) throw new AppError('IMPORT_REJECTED', '文件中没有企业数据');
  if (rows.length > MAX_IMPORT_ROWS) throw new AppError('IMPORT_REJECTED', `一次最多导入 ${MAX_IMPORT_ROWS} 家企业，请拆分文件`);
  return rows;
};
