import { Text, View } from '@tarojs/components';
import type { useAttachments } from '@/hooks/use-attachments';
import { MAX_ATTACHMENTS } from '@/core/contracts/demand.fields';
import { Chip } from '../chip';
import { formatSize } from './demand-words';
import './attachments.scss';

type Attachments = ReturnType<typeof useAttachments>;

const STATE_TEXT = { uploading: '上传中…', done: '', failed: '上传失败' };

/** The attachments of a form: what is picked, each file's upload state, remove, retry, add. */
export function AttachmentEditor({ attachments }: { attachments: Attachments }) {
  const { items, add, remove, retry } = attachments;
  const full = items.length >= MAX_ATTACHMENTS;
  return (
    <View className='attachment-editor'>
      {items.map((item) => (
        <View key={item.key} className={`attachment-editor__item attachment-item attachment-item--${item.status}`}>
          <Chip tone='danger' className='attachment-link__badge'>{item.kind === 'pdf' ? 'PDF' : '图片'}</Chip>
          <Text className='attachment-link__name attachment-item__name'>{item.name}</Text>
          <Text className='attachment-link__size'>{formatSize(item.size)}</Text>
          {item.status !== 'done' ? (
            <Text
              className={`attachment-editor__state attachment-editor__state--${item.status}`}
              onClick={item.status === 'failed' ? () => retry(item.key) : undefined}
            >
              {item.status === 'failed' ? `${STATE_TEXT.failed}，点击重试` : STATE_TEXT[item.status]}
            </Text>
          ) : null}
          <Text className='attachment-editor__remove attachment-remove' onClick={() => remove(item.key)}>
            删除
          </Text>
        </View>
      ))}
      <View className={`attachment-editor__add add-attachment${full ? ' attachment-editor__add--full' : ''}`} onClick={() => void add()}>
        {`＋ 添加附件（${items.length}/${MAX_ATTACHMENTS}）`}
      </View>
      <View className='attachment-editor__hint'>支持 JPG、PNG 图片和 PDF，单个不超过 10 MB，最多 6 个。</View>
    </View>
  );
}
