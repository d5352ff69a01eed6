import * as z from 'zod';
import { deferred, id, pageInput } from './common.contracts';

/** The caller's own messages, newest first; `unreadOnly` for the unread ones. */
export const messageListInput = deferred(() => z.object({ unreadOnly: z.boolean().default(false), ...pageInput() }));

/** Mark some of the caller's messages read (at most one page), or all of them. */
export const messageMarkReadInput = deferred(() => z.union([
  z.object({ ids: z.array(id('消息编号')).min(1).max(50) }),
  z.object({ all: z.literal(true) }),
], { error: '请指明要标为已读的消息' }));
