import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { MessageView } from '@/core/notify/message.model';
import type { Role } from '@/core/roles';
import { SessionProvider } from '@/hooks/use-session';
import HomePage from '@/pages/index/index';
import MessagesPage from '@/pages/messages/index';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { page } from './fixtures';

jest.mock('@/services/cloud');

const message = (overrides: Partial<MessageView> = {}): MessageView => ({
  id: 'm1',
  kind: 'reminder:cadence',
  title: '3 家企业已超期未联系',
  body: '最近一家：上海联影信息技术有限公司。超期 3 家，即将到期 1 家，请安排联系走访。',
  link: '/fieldwork/pages/cadence/index',
  createdAt: '2026-12-01T00:30:00.000Z',
  read: false,
  ...overrides,
});

const reminder = message();
const review = message({ id: 'm2', kind: 'todo:review', title: '新诉求待审核', body: '上海联影信息技术有限公司：申请科技贷款贴息', link: '/pages/demand-detail/index?id=d1', read: true, createdAt: '2026-11-30T02:00:00.000Z' });
const escalated = message({ id: 'm3', kind: 'escalated', title: '诉求多次逾期，请督办', body: '申请人才公寓', link: undefined });

function answer(state: { unread: number; messages: MessageView[] }) {
  answerActions({
    'message.list': (input) => page(input.unreadOnly ? state.messages.filter((m) => !m.read) : state.messages),
    'message.unreadCount': () => ({ unread: state.unread }),
    'message.markRead': (input) => {
      const marked = input.all ? state.unread : input.ids.length;
      state.unread -= marked;
      state.messages = state.messages.map((m) => (input.all || input.ids.includes(m.id) ? { ...m, read: true } : m));
      return { marked };
    },
  });
  return state;
}

describe('the message centre', () => {
  it('lists the messages with their kind and time, and opens one: marked read, then its record', async () => {
    answer({ unread: 1, messages: [reminder, review] });
    const { container } = render(<MessagesPage />);
    expect(await screen.findByText('3 家企业已超期未联系')).toBeInTheDocument();
    expect(inputsOf('message.list')[0]).toEqual({ unreadOnly: false, page: 1, pageSize: 20 });
    const rows = [...container.querySelectorAll('.message-item')] as HTMLElement[];
    expect(rows.map((r) => within(r).getByText(/提醒|待办/, { selector: '.message-item__kind' }).textContent)).toEqual(['提醒', '待办']);
    expect(within(rows[0]).getByText('2026-12-01 08:30')).toBeInTheDocument();
    expect(rows[0]).toHaveClass('message-item--unread');
    expect(rows[1]).toHaveClass('message-item--read');
    expect(screen.getByText('未读（1）')).toBeInTheDocument();

    await act(async () => {
      fireEvent.click(rows[0]);
    });
    expect(inputsOf('message.markRead')).toEqual([{ ids: ['m1'] }]);
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/fieldwork/pages/cadence/index' });
    expect(rows[0]).toHaveClass('message-item--read');
    expect(screen.queryByText('未读（1）')).not.toBeInTheDocument();

    // A read message opens its record without marking it again.
    await act(async () => {
      fireEvent.click(rows[1]);
    });
    expect(inputsOf('message.markRead')).toHaveLength(1);
    expect(taroDouble.lastNavigation()?.url).toBe('/pages/demand-detail/index?id=d1');
  });

  it('shows only the unread ones on 未读, and marks them all read', async () => {
    const state = answer({ unread: 2, messages: [reminder, review, escalated] });
    render(<MessagesPage />);
    fireEvent.click(await screen.findByText('未读（2）'));
    await waitFor(() => expect(inputsOf('message.list').at(-1)).toEqual({ unreadOnly: true, page: 1, pageSize: 20 }));
    await waitFor(() => expect(screen.queryByText('新诉求待审核')).not.toBeInTheDocument());
    expect(screen.getByText('督办')).toBeInTheDocument();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '全部已读' }));
    });
    expect(inputsOf('message.markRead')).toEqual([{ all: true }]);
    expect(state.unread).toBe(0);
    expect(taroDouble.toasts.at(-1)?.title).toBe('已将 2 条标为已读');
    expect(await screen.findByText('没有未读消息')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '全部已读' })).toBeDisabled();
  });

  it('opens a message without a link in place, and loads again on pull-down', async () => {
    answer({ unread: 1, messages: [escalated] });
    const { container } = render(<MessagesPage />);
    await screen.findByText('诉求多次逾期，请督办');
    await act(async () => {
      fireEvent.click(container.querySelector('.message-item')!);
    });
    expect(inputsOf('message.markRead')).toEqual([{ ids: ['m3'] }]);
    expect(taroDouble.navigations).toEqual([]);
    await act(() => taroDouble.pullDownRefresh());
    expect(inputsOf('message.list')).toHaveLength(2);
  });

  it('says when there is nothing, and offers 重试 when the list cannot be read', async () => {
    answer({ unread: 0, messages: [] });
    const { unmount } = render(<MessagesPage />);
    expect(await screen.findByText('暂无消息')).toBeInTheDocument();
    unmount();

    let fail = true;
    answerActions({
      'message.unreadCount': () => ({ unread: 0 }),
      'message.list': () => {
        if (fail) throw new (jest.requireActual('@/services/cloud-error').CloudError)('NETWORK', '网络连接失败，请检查网络后重试');
        return page([review]);
      },
    });
    render(<MessagesPage />);
    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeInTheDocument();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('新诉求待审核')).toBeInTheDocument();
  });
});

describe('the message centre on the homes', () => {
  const ROLES: Role[] = ['enterprise', 'steward', 'liaison', 'unit_admin', 'department', 'district_admin'];

  it.each(ROLES)('is on the %s home with the unread count, and opens the message centre', async (role) => {
    answerActions({
      'session.me': () => ({ user: { id: 'u1', role, name: '某人' } }),
      'message.unreadCount': () => ({ unread: 4 }),
    });
    render(
      <SessionProvider>
        <HomePage />
      </SessionProvider>,
    );
    const entry = (await screen.findByText('消息中心')).closest('.message-entry') as HTMLElement;
    expect(await within(entry).findByText('4')).toHaveClass('count-badge');
    expect(within(entry).getByText('4 条未读')).toBeInTheDocument();
    fireEvent.click(entry);
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/messages/index' });
  });

  it('shows no badge when everything is read', async () => {
    answerActions({ 'session.me': () => ({ user: { id: 'u1', role: 'steward', name: '某人' } }), 'message.unreadCount': () => ({ unread: 0 }) });
    const { container } = render(
      <SessionProvider>
        <HomePage />
      </SessionProvider>,
    );
    expect(await screen.findByText('暂无未读消息')).toBeInTheDocument();
    expect(container.querySelector('.message-entry .count-badge')).toBeNull();
  });
});
