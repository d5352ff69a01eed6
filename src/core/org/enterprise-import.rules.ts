import { hasHiddenCharacters, hiddenCharacterMessage } from '../contracts/text-rule';
import { parseLocation, type LatLng } from '../contact/geo';
import { creditCodeProblem, CREDIT_CODE_MESSAGES } from '../credit-code';
import type { ImportRowError } from './org.model';

/**
 * The import template's columns, in order; the header row must name the required ones. 纬度 and
 * 经度 (GCJ-02, as Tencent's and WeChat's maps show them) give the point check-ins are measured
 * against; both or neither.
 */
export const IMPORT_COLUMNS = ['企业名称', '统一社会信用代码', '行业', '地址', '属地单位', '标签', '纬度', '经度'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_COLUMNS: ImportColumn[] = ['企业名称', '统一社会信用代码', '行业', '地址', '属地单位'];
export const MAX_IMPORT_ROWS = 2000;

export interface ImportRow {
  /** Row number as Excel shows it. */
  row: number;
  cells: Partial<Record<ImportColumn, string>>;
}

export interface ValidImportRow {
  row: number;
  name: string;
  creditCode: string;
  industry: string;
  address: string;
  unitId: string;
  tags: string[];
  location?: LatLng;
}

/**
 * Check every row before anything is written: a file with one bad row imports nothing, and the
 * report names each bad row and column so the admin can fix the file in one pass.
 */
export const validateImportRows = (
  rows: ImportRow[],
  unitIdByName: ReadonlyMap<string, string>,
  existingCreditCodes: ReadonlySet<string>,
): { valid: ValidImportRow[]; errors: ImportRowError[] } => {
  const errors: ImportRowError[] = [];
  const valid: ValidImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
    const problem = (column: ImportColumn, message: string) => errors.push({ row, column, message });
    const before = errors.length;
    for (const column of REQUIRED_COLUMNS) if (!cells[column]?.trim()) problem(column, `${column}不能为空`);
    for (const column of IMPORT_COLUMNS) if (hasHiddenCharacters(cells[column] ?? '')) problem(column, hiddenCharacterMessage(column));
    const name = cells['企业名称']?.trim() ?? '';
    if (name && (name.length < 4 || name.length > 60)) problem('企业名称', '企业名称应为 4–60 个字');
    const creditCode = (cells['统一社会信用代码'] ?? '').trim().toUpperCase();
    if (creditCode) {
      const codeProblem = creditCodeProblem(creditCode);
      if (codeProblem) problem('统一社会信用代码', CREDIT_CODE_MESSAGES[codeProblem]);
      else if (existingCreditCodes.has(creditCode)) problem('统一社会信用代码', '该企业已在清单中');
      else if (seen.has(creditCode)) problem('统一社会信用代码', `与第 ${seen.get(creditCode)} 行重复`);
      else seen.set(creditCode, row);
    }
    const unitName = cells['属地单位']?.trim() ?? '';
    const unitId = unitIdByName.get(unitName);
    if (unitName && !unitId) problem('属地单位', `没有名为「${unitName}」的属地单位`);
    const { location, problem: where } = parseLocation(cells['纬度'] ?? '', cells['经度'] ?? '');
    if (where) problem(where.startsWith('经度') ? '经度' : '纬度', where);
    if (errors.length > before) continue;
    valid.push({
      row,
      name,
      creditCode,
      industry: cells['行业']!.trim().slice(0, 20),
      address: cells['地址']!.trim().slice(0, 100),
      unitId: unitId!,
      tags: (cells['标签'] ?? '').split(/[、,，;；\s]+/).map((t) => t.trim()).filter(Boolean).slice(0, 10),
      ...(location ? { location } : {}),
    });
  }
  return { valid, errors };
};
