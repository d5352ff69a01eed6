import type { PageResult } from '@/core/demand/demand.model';
import type { ReportView } from '@/core/fieldwork/fieldwork.model';
import { callAction } from './cloud';

export interface ReportFilter {
  category?: string;
  unitId?: string;
  enterpriseId?: string;
  riskOnly?: boolean;
  /** YYYY-MM-DD, Shanghai dates, both ends included. */
  from?: string;
  to?: string;
}

export const createReport = (input: { category: string; enterpriseId: string; fields: Record<string, unknown> }) =>
  callAction<ReportView>('report.create', input);

export const listReports = (input: ReportFilter & { page: number; pageSize: number }) =>
  callAction<PageResult<ReportView>>('report.list', input);

/** The filtered reports as an Excel file in cloud storage, with a temporary download link. */
export const exportReports = (input: ReportFilter) => callAction<{ fileID: string; url?: string; rows: number }>('report.export', input);
