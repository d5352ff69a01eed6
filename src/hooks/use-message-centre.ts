import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { MessageView } from '@/core/notify/message.model';
import { toCloudError } from '@/services/cloud-error';
import { countUnreadMessages, listMessages, markMessagesRead } from '@/services/message.service';
import { useAsyncData } from './use-async-data';
import { useListPageEvents } from './use-list-page-events';
import { usePagedList } from './use-paged-list';

const PAGE_SIZE = 20;

/**
 * The message centre's logic: the caller's messages (all, or only the unread), the unread count,
 * opening one (marked read, then its record shown) and 全部已读.
 */
export function useMessageCentre() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  // Read on this screen since the list was loaded: shown as read at once, without reloading.
  const [readHere, setReadHere] = useState<ReadonlySet<string>>(new Set());
  const [markingAll, setMarkingAll] = useState(false);
  const unread = useAsyncData(() => countUnreadMessages(), 'unread-messages');
  const list = usePagedList({
    fetchPage: (page, pageSize) => listMessages({ unreadOnly, page, pageSize }),
    keyOf: (m) => m.id,
    resetKey: unreadOnly,
    pageSize: PAGE_SIZE,
  });
  const reloadAll = () => Promise.all([list.refresh(), unread.refresh()]).then(() => setReadHere(new Set()));
  useListPageEvents({ refresh: reloadAll, loadMore: list.loadMore, onReturn: reloadAll });

  const isRead = (m: MessageView) => m.read || readHere.has(m.id);
  const unreadCount = unread.state.status === 'ready' ? Math.max(0, unread.state.data.unread - readHere.size) : undefined;

  /** Marks the message read (a failure only leaves it unread), then opens the page it links to. */
  async function open(m: MessageView) {
    if (!isRead(m)) {
      try {
        await markMessagesRead({ ids: [m.id] });
        setReadHere((current) => new Set(current).add(m.id));
      } catch {
        // Opening the record matters more than the mark; it stays unread and can be tried again.
      }
    }
    if (m.link) {
      await Taro.navigateTo({ url: m.link }).catch(() => Taro.showToast({ title: '无法打开该页面，请从首页进入', icon: 'none' }));
    }
  }

  async function markAll() {
    if (markingAll) return;
    setMarkingAll(true);
    try {
      const { marked } = await markMessagesRead({ all: true });
      void Taro.showToast({ title: marked ? `已将 ${marked} 条标为已读` : '没有未读消息', icon: 'none' });
      await reloadAll();
    } catch (err) {
      void Taro.showToast({ title: toCloudError(err).message, icon: 'none' });
    } finally {
      setMarkingAll(false);
    }
  }

  return { list, unreadOnly, setUnreadOnly, unreadCount, isRead, open, markAll, markingAll };
}
