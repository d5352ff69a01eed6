import { action } from '@/services/action';
import { callAction } from '@/services/cloud';

/** The district's desk for 亲清 reports: every opening is logged on the server. */
export const listIntegrityReports = action('integrity.list');
export const getIntegrityReport = (id: string) => callAction('integrity.get', { id });
export const acknowledgeIntegrityReport = (id: string) => callAction('integrity.acknowledge', { id });
export const noteIntegrityReport = action('integrity.note');
export const concludeIntegrityReport = action('integrity.conclude');
export const replyIntegrityReport = action('integrity.reply');
export const listIntegrityReads = action('integrity.reads');
