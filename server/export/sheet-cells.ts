/**
 * Text that a spreadsheet could take for a formula once someone edits the cell or saves the
 * sheet as CSV: a leading = + - @ (also their full-width forms, which Chinese input methods
 * type), tab or carriage return. Every workbook the functions write passes its rows through
 * `safeRow`, so such text gets a leading apostrophe and stays text (OWASP's advice for CSV and
 * spreadsheet injection). Numbers and dates are left as they are.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

export const safeCell = <T>(value: T): T | string => (typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value);

export const safeRow = <R extends Record<string, unknown>>(row: R): R =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [key, safeCell(value)])) as R;
