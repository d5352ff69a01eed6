import { useRef, useState } from 'react';
import type { ImportRowError } from '@/core/org/org.model';
import { uploadFor } from '@/services/upload.service';
import { toCloudError } from '@/services/cloud-error';
import { importEnterprises } from '../services/district.service';
import { pickExcelFile } from '@/services/file-picker';

export type ImportState =
  | { step: 'idle' }
  | { step: 'uploading'; fileName: string }
  | { step: 'importing'; fileName: string }
  | { step: 'done'; fileName: string; imported: number }
  | { step: 'rejected'; fileName: string; message: string; rows: ImportRowError[] }
  | { step: 'failed'; fileName: string; message: string };

const isRowError = (value: unknown): value is ImportRowError =>
  typeof value === 'object' && value !== null && typeof (value as ImportRowError).row === 'number';

/** Pick an .xlsx, upload it, import it: either every row goes in, or the bad rows come back. */
export function useEnterpriseImport() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const busy = useRef(false);

  async function pickAndImport() {
    if (busy.current) return;
    busy.current = true;
    try {
      const file = await pickExcelFile();
      if (!file) return;
      setState({ step: 'uploading', fileName: file.name });
      let fileID: string;
      try {
        fileID = await uploadFor('import', /\.xlsx$/i.test(file.name) ? file.name : `${file.name}.xlsx`, file.source);
      } catch (err) {
        setState({ step: 'failed', fileName: file.name, message: toCloudError(err).message });
        return;
      }
      setState({ step: 'importing', fileName: file.name });
      try {
        const { imported } = await importEnterprises(fileID);
        setState({ step: 'done', fileName: file.name, imported });
      } catch (err) {
        const error = toCloudError(err);
        const rows = Array.isArray(error.details) ? error.details.filter(isRowError) : [];
        setState(
          error.code === 'IMPORT_REJECTED'
            ? { step: 'rejected', fileName: file.name, message: error.message, rows: [...rows].sort((a, b) => a.row - b.row) }
            : { step: 'failed', fileName: file.name, message: error.message },
        );
      }
    } finally {
      busy.current = false;
    }
  }

  return { state, pickAndImport };
}
