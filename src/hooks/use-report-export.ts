import { exportReports } from '@/services/report.service';
import { useExport } from './use-export';

/** 导出 Excel of the key-information reports under the current filter. */
export const useReportExport = () => useExport(exportReports);
