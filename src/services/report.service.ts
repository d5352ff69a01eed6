import { action } from './action';

export const listReports = action('report.list');

/** The filtered reports as an Excel file in cloud storage, with a temporary download link. */
export const exportReports = action('report.export');
