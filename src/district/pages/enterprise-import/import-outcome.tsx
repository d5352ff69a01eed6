import { Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import type { ImportState } from '../../hooks/use-enterprise-import';

/** What became of the file: all imported, or every bad row with where to fix it. */
export function ImportOutcome({ state }: { state: ImportState }) {
  if (state.step === 'idle') return null;
  if (state.step === 'uploading' || state.step === 'importing') {
    return <View className='page-note import-progress'>{`${state.fileName}：${state.step === 'uploading' ? '正在上传…' : '正在检查并导入…'}`}</View>;
  }
  if (state.step === 'done') {
    return (
      <Card className='import-done'>
        <View className='import-done__count'>已导入 {state.imported} 家</View>
        <View className='import-file-name'>{state.fileName}</View>
      </Card>
    );
  }
  if (state.step === 'failed') {
    return (
      <Card className='import-failed'>
        <View className='warn-text import-message text-note'>{state.message}</View>
        <View className='import-file-name'>{state.fileName}</View>
      </Card>
    );
  }
  return (
    <Card className='import-rejected' title={`发现 ${state.rows.length} 处错误，未导入任何企业`}>
      <View className='import-message text-note'>{state.message}</View>
      <View className='import-file-name'>{state.fileName}</View>
      {state.rows.map((error, index) => (
        <View key={`${error.row}-${error.column}-${index}`} className='import-row-error'>
          <Text className='import-row-error__where'>{`第 ${error.row} 行${error.column ? ` · ${error.column}` : ''}`}</Text>
          <Text className='import-row-error__message'>{error.message}</Text>
        </View>
      ))}
    </Card>
  );
}
