import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { ReportExport } from '@/core/fieldwork/fieldwork.model';
import { toCloudError } from '@/services/cloud-error';

export interface ExportedFile {
  url: string;
  rows: number;
}

/**
 * 导出 Excel of what a list's filter selects: the server writes the workbook to storage and
 * answers a short-lived link, which the page then offers (ExportLink). One export at a time.
 */
export function useExport<F>(exportFile: (filter: F) => Promise<ReportExport>, doneText: (rows: number) => string = (rows) => `已导出 ${rows} 条`) {
  const [exporting, setExporting] = useState(false);
  const [file, setFile] = useState<ExportedFile | null>(null);
  const inFlight = useRef(false);

  async function run(filter: F) {
    if (inFlight.current) return;
    inFlight.current = true;
    setExporting(true);
    setFile(null);
    try {
      const { url, rows } = await exportFile(filter);
      if (!url) throw new Error('no url');
      setFile({ url, rows });
      void Taro.showToast({ title: doneText(rows), icon: 'success' });
    } catch (err) {
      void Taro.showToast({ title: err instanceof Error && err.message === 'no url' ? '导出文件暂时无法下载，请稍后重试' : toCloudError(err).message, icon: 'none' });
    } finally {
      inFlight.current = false;
      setExporting(false);
    }
  }

  return { exporting, file, run, forget: () => setFile(null) };
}
