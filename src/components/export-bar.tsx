import { Button, View } from '@tarojs/components';
import type { ExportedFile } from '@/hooks/use-export';
import { ExportLink } from './fieldwork/export-link';

interface ExportBarProps {
  /** What the export holds, e.g. 导出当前查询条件下的全部报送. */
  hint: string;
  exporting: boolean;
  file: ExportedFile | null;
  onExport: () => void;
}

/** The bar above a searchable list that exports what it selects, and the link to the file once written. */
export function ExportBar({ hint, exporting, file, onExport }: ExportBarProps) {
  return (
    <>
      <View className='toolbar toolbar--padded export-bar'>
        <View className='toolbar__grow export-bar__hint text-meta'>{hint}</View>
        <Button className={`primary-button toolbar-button export-button${exporting ? ' is-disabled' : ''}`} size='mini' onClick={onExport}>
          {exporting ? '导出中…' : '导出 Excel'}
        </Button>
      </View>
      {file ? <ExportLink file={file} /> : null}
    </>
  );
}
