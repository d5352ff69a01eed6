import { Text, View } from '@tarojs/components';
import { Chip, type ChipTone } from '@/components/chip';
import { RecordHead } from '@/components/record-head';
import { messageKindLabel, type MessageView } from '@/core/notify/message.model';
import { classNames } from '@/utils/class-names';
import { formatDateTime } from '@/utils/format-time';

/** Late or escalated work stands out; the rest reads as information. */
const TONES: Record<string, ChipTone> = { overdue: 'danger', escalated: 'danger', risk: 'danger', todo: 'waiting', reminder: 'waiting' };

interface MessageItemProps {
  message: MessageView;
  read: boolean;
  onOpen: () => void;
}

/** One message: its kind, title, full words and time; unread ones carry a dot and stronger type. */
export function MessageItem({ message, read, onOpen }: MessageItemProps) {
  const prefix = message.kind.split(':')[0];
  return (
    <View className={classNames('list-item', 'message-item', read ? 'message-item--read' : 'message-item--unread')} onClick={onOpen}>
      <RecordHead
        title={message.title}
        titleClassName='message-item__title'
        align='start'
        lead={read ? null : <Text className='message-item__dot' aria-label='未读' />}
      >
        <Chip tone={TONES[prefix] ?? 'info'} className='message-item__kind'>
          {messageKindLabel(message.kind)}
        </Chip>
      </RecordHead>
      <View className='message-item__body text-note'>{message.body}</View>
      <View className='message-item__foot text-meta'>
        <Text className='message-item__time'>{formatDateTime(message.createdAt)}</Text>
        {message.link ? <Text className='message-item__go link'>查看详情 ›</Text> : null}
      </View>
    </View>
  );
}
