import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { toCloudError } from '@/services/cloud-error';
import { openExportedFile } from '@/services/export-file';
import type { ExportedFile } from '@/hooks/use-export';
import './fieldwork-items.scss';

const LABEL = (rows: number) => `下载 Excel（${rows} 条）`;

async function open(url: string) {
  try {
    await openExportedFile(url);
  } catch (err) {
    void Taro.showToast({ title: toCloudError(err).message, icon: 'none' });
  }
}

/** The exported file: a plain download link on H5; on weapp a tap downloads and opens it. */
export function ExportLink({ file }: { file: ExportedFile }) {
  return (
    <View className='export-link'>
      <Text className='export-link__done'>导出完成</Text>
      {process.env.TARO_ENV === 'h5' ? (
        <a className='export-link__anchor link' href={file.url} target='_blank' rel='noreferrer' download>
          {LABEL(file.rows)}
        </a>
      ) : (
        <Text className='export-link__anchor link' onClick={() => void open(file.url)}>
          {LABEL(file.rows)}
        </Text>
      )}
    </View>
  );
}
