import { Button, View } from '@tarojs/components';
import { PagedList } from '@/components/paged-list';
import { Tabs } from '@/components/tabs';
import { useMessageCentre } from '@/hooks/use-message-centre';
import { MessageItem } from './message-item';
import './index.scss';

const TABS = [{ label: '全部', unreadOnly: false }, { label: '未读', unreadOnly: true }] as const;

/** 消息中心: every notice the platform sent the signed-in person, newest first; tap one to open its record. */
export default function MessagesPage() {
  const centre = useMessageCentre();
  const { unreadCount } = centre;
  const tabs = TABS.map((tab) => ({ ...tab, label: tab.unreadOnly && unreadCount ? `未读（${unreadCount}）` : tab.label }));
  return (
    <View className='page-root messages-page'>
      <View className='toolbar messages-toolbar'>
        <View className='toolbar__grow'>
          <Tabs name='messages' tabs={tabs} active={tabs.find((t) => t.unreadOnly === centre.unreadOnly)} onChange={(tab) => centre.setUnreadOnly(tab.unreadOnly)} />
        </View>
        <Button
          className={`plain-button toolbar-button mark-all-read${centre.markingAll || !unreadCount ? ' is-disabled' : ''}`}
          size='mini'
          disabled={centre.markingAll || !unreadCount}
          onClick={() => void centre.markAll()}
        >
          全部已读
        </Button>
      </View>
      <PagedList
        list={centre.list}
        className='message-list'
        emptyTitle={centre.unreadOnly ? '没有未读消息' : '暂无消息'}
        emptyHint='待办、进度、逾期提醒和督办通知都会出现在这里，并保留一年。'
        renderItem={(m) => <MessageItem key={m.id} message={m} read={centre.isRead(m)} onOpen={() => void centre.open(m)} />}
      />
    </View>
  );
}
