import { action } from './action';

/** The signed-in person's message centre (every notice the platform sent them). */
export const listMessages = action('message.list');
export const countUnreadMessages = action('message.unreadCount');
export const markMessagesRead = action('message.markRead');
