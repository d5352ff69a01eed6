import { emptyInput } from '../../src/core/contracts/common.contracts';
import { messageListInput, messageMarkReadInput } from '../../src/core/contracts/message.contracts';
import type { MessageView } from '../../src/core/notify/message.model';
import { messageRepo, type MessageDoc } from '../db/message.repo';
import { fetchPage } from '../db/paging';
import { scopeOf } from '../runtime/access';
import { defineAction } from '../runtime/define-action';

const toMessageView = (m: MessageDoc): MessageView => ({
  id: m._id, kind: m.kind, title: m.title, body: m.body, link: m.link, createdAt: m.createdAt.toISOString(), read: m.read,
});

const messageList = defineAction({
  name: 'message.list',
  roles: 'bound',
  input: messageListInput,
  writes: false,
  summary: '消息中心：本人收到的消息，最新在前',
  async handler({ unreadOnly, page, pageSize }, { db, user }) {
    const own = scopeOf(user, 'message')!;
    const query = messageRepo.find(db, unreadOnly ? { ...own, read: false } : own).orderBy('createdAt', 'desc');
    return fetchPage(query, { page, pageSize }, toMessageView);
  },
});

const messageUnreadCount = defineAction({
  name: 'message.unreadCount',
  roles: 'bound',
  input: emptyInput,
  writes: false,
  summary: '消息中心：本人未读消息数',
  async handler(_input, { db, user }) {
    return { unread: await messageRepo.unreadCount(db, user._id) };
  },
});

const messageMarkRead = defineAction({
  name: 'message.markRead',
  roles: 'bound',
  input: messageMarkReadInput,
  writes: 'messages',
  summary: '消息中心：标为已读',
  async handler(input, ctx) {
    // Only the caller's own unread messages match, so ids of others' messages change nothing.
    const marked = await messageRepo.markRead(ctx.db, ctx.user._id, 'ids' in input ? input.ids : 'all', ctx.now());
    if (marked) ctx.audit.record(ctx.user._id, `标记 ${marked} 条消息为已读`);
    else ctx.audit.unchanged();
    return { marked };
  },
});

export const messageActions = [messageList, messageUnreadCount, messageMarkRead];
