/**
 * exceljs, loaded on the first call that reads or writes a workbook rather than when the function
 * starts: most calls never touch Excel, and the library is the largest part of the bundle to
 * evaluate (see the cold-start line of `npm run bench`).
 */
export const loadExcel = async () => (await import('exceljs')).default;
