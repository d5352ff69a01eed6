import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import AuditPage from '@/district/pages/audit/index';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { page } from './fixtures';

jest.mock('@/services/cloud');
jest.mock('@tarojs/components', () => jest.requireActual('./components-with-date'));

const entry = (id: string, summary: string) => ({
  id,
  at: '2024-05-24T01:30:00.000Z',
  actorId: 'u-district-01',
  actorName: '区科经委 服务包专班',
  actorRole: 'district_admin',
  action: 'account.create',
  collection: 'users',
  recordId: 'u-1',
  summary,
});

const dateInputs = () => [...document.querySelectorAll('input.date-picker-input')] as HTMLInputElement[];

describe('audit log', () => {
  it('shows who, role, action, summary and time', async () => {
    answerActions({ 'audit.list': () => page([entry('a1', '新建服务管家账号「陈静」')]) });
    render(<AuditPage />);

    const item = (await screen.findByText('新建服务管家账号「陈静」')).closest('.audit-item');
    expect(item).toHaveTextContent('区科经委 服务包专班');
    expect(item).toHaveTextContent('区科经委');
    expect(item).toHaveTextContent('account.create');
    expect(item).toHaveTextContent('2024-05-24 09:30');
    expect(inputsOf('audit.list')).toEqual([{ page: 1, pageSize: 20 }]);
  });

  it('sends the action text and the date range it was given', async () => {
    answerActions({ 'audit.list': () => page([]) });
    render(<AuditPage />);
    await screen.findByText('没有符合条件的操作记录');

    fireEvent.change(screen.getByPlaceholderText(/操作，如/), { target: { value: ' enterprise.remove ' } });
    const [from, to] = dateInputs();
    fireEvent.change(from, { target: { value: '2024-05-01' } });
    fireEvent.change(to, { target: { value: '2024-05-31' } });
    fireEvent.click(screen.getByRole('button', { name: '查询' }));

    await waitFor(() =>
      expect(inputsOf('audit.list').at(-1)).toEqual({ action: 'enterprise.remove', from: '2024-05-01', to: '2024-05-31', page: 1, pageSize: 20 }),
    );

    fireEvent.click(screen.getByRole('button', { name: '清空' }));
    await waitFor(() => expect(inputsOf('audit.list').at(-1)).toEqual({ page: 1, pageSize: 20 }));
  });

  it('refuses a range that ends before it starts', async () => {
    answerActions({ 'audit.list': () => page([]) });
    render(<AuditPage />);
    await screen.findByText('没有符合条件的操作记录');
    const [from, to] = dateInputs();
    fireEvent.change(from, { target: { value: '2024-06-01' } });
    fireEvent.change(to, { target: { value: '2024-05-01' } });
    fireEvent.click(screen.getByRole('button', { name: '查询' }));

    expect(await screen.findByText('开始日期不能晚于结束日期')).toBeInTheDocument();
    expect(inputsOf('audit.list')).toHaveLength(1);
  });

  it('loads the next page on reach-bottom with the same filter', async () => {
    answerActions({
      'audit.list': (input) => page([entry(`a${input.page}`, `第 ${input.page} 页的记录`)], input.page, input.page < 2),
    });
    render(<AuditPage />);
    fireEvent.change(screen.getByPlaceholderText(/操作，如/), { target: { value: 'account' } });
    fireEvent.click(screen.getByRole('button', { name: '查询' }));
    await waitFor(() => expect(inputsOf('audit.list').at(-1)).toMatchObject({ action: 'account', page: 1 }));
    await screen.findByText('第 1 页的记录');

    await act(() => taroDouble.reachBottom());
    expect(await screen.findByText('第 2 页的记录')).toBeInTheDocument();
    expect(inputsOf('audit.list').at(-1)).toEqual({ action: 'account', page: 2, pageSize: 20 });
  });
});
