import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { toCloudError } from '@/services/cloud-error';
import { openExportedFile } from '@/services/export-file';
import './fieldwork/fieldwork-items.scss';

async function open(url: string) {
  try {
    await openExportedFile(url, 'docx');
  } catch (err) {
    void Taro.showToast({ title: toCloudError(err).message, icon: 'none' });
  }
}

/** An exported Word document: a download link on H5; on weapp a tap downloads and opens it. */
export function DocumentLink({ url, label }: { url: string; label: string }) {
  return (
    <View className='export-link document-link'>
      <Text className='export-link__done'>导出完成</Text>
      {process.env.TARO_ENV === 'h5' ? (
        <a className='export-link__anchor link' href={url} target='_blank' rel='noreferrer' download>
          {label}
        </a>
      ) : (
        <Text className='export-link__anchor link' onClick={() => void open(url)}>
          {label}
        </Text>
      )}
    </View>
  );
}
