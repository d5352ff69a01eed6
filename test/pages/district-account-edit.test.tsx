import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import AccountEditPage from '@/district/pages/account-edit/index';
import AccountNewPage from '@/district/pages/account-new/index';
import AccountsPage from '@/district/pages/accounts/index';
import { CloudError } from '@/services/cloud-error';
import { showModal, taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { account, units } from './district-fixtures';
import { page } from './fixtures';

jest.mock('@/services/cloud');

const steward = account({ id: 'a1', name: '陈静', phone: '13800001111', bound: true, unitId: 'unit-z01' });
const openEditFromList = async () => {
  render(<AccountsPage />);
  const row = (await screen.findByText('陈静')).closest('.account-item') as HTMLElement;
  fireEvent.click(within(row).getByText('修改'));
  await waitFor(() => expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/district/pages/account-edit/index' }));
};

describe('editing an account', () => {
  it('sends only what changed: a new name and another unit', async () => {
    answerActions({ 'account.list': () => page([steward]), 'org.units': () => units, 'org.departments': () => [], 'account.update': (input) => ({ ...steward, ...input }) });
    await openEditFromList();
    const form = render(<AccountEditPage />);
    fireEvent.change(within(form.container).getByDisplayValue('陈静'), { target: { value: '陈静怡' } });
    fireEvent.change(await within(form.container).findByRole('combobox'), { target: { value: '1' } });
    fireEvent.click(within(form.container).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(inputsOf('account.update')).toEqual([{ id: 'a1', name: '陈静怡', unitId: 'unit-z02' }]));
    expect(within(form.container).getByText(/管家调往其他单位前，须先将名下企业交接/)).toBeInTheDocument();
  });

  it('shows why a steward with enterprises cannot move yet', async () => {
    answerActions({
      'account.list': () => page([steward]),
      'org.units': () => units,
      'org.departments': () => [],
      'account.update': () => {
        throw new CloudError('HANDOVER_FIRST', '管家「陈静」名下还有 8 家企业，请先办理管家交接，再调往其他单位');
      },
    });
    await openEditFromList();
    const form = render(<AccountEditPage />);
    fireEvent.change(await within(form.container).findByRole('combobox'), { target: { value: '1' } });
    fireEvent.click(within(form.container).getByRole('button', { name: '保存' }));
    expect(await within(form.container).findByText(/名下还有 8 家企业，请先办理管家交接/)).toBeInTheDocument();
  });
});

describe('staffing rules on the account screens', () => {
  it('asks for the exception’s reason after a second 总管家 is refused, then sends it', async () => {
    let refused = false;
    answerActions({
      'org.units': () => units,
      'account.create': (input) => {
        if (!input.overrideReason) {
          refused = true;
          throw new CloudError('STAFFING_RULE', '「陆家嘴管理局」已有总管家「李明」，每个单位只设一名总管家', { overrideReason: '如确需例外，请填写理由' });
        }
        return { account: account({ role: 'unit_admin' }), code: { code: 'K7PM-Q3XD', expiresAt: '2030-06-01T02:00:00.000Z', qrDataUrl: '' } };
      },
    });
    render(<AccountNewPage />);
    fireEvent.click(screen.getByText('总管家'));
    fireEvent.change(screen.getByPlaceholderText('账号使用人的真实姓名'), { target: { value: '吴敏' } });
    fireEvent.change(await screen.findByRole('combobox'), { target: { value: '0' } });
    expect(screen.queryByText('例外理由')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '创建账号并生成绑定码' }));
    expect(await screen.findByText('如确需例外，请填写理由')).toHaveClass('field-error--overrideReason');
    expect(refused).toBe(true);
    fireEvent.change(screen.getByPlaceholderText(/确需例外配置的/), { target: { value: '原总管家下月退休' } });
    fireEvent.click(screen.getByRole('button', { name: '创建账号并生成绑定码' }));
    await waitFor(() => expect(inputsOf('account.create').at(-1)).toEqual({ role: 'unit_admin', name: '吴敏', unitId: 'unit-z01', overrideReason: '原总管家下月退休' }));
  });

  it('explains in a dialog why a steward with enterprises is not disabled', async () => {
    answerActions({
      'account.list': () => page([steward]),
      'org.units': () => units,
      'org.departments': () => [],
      'account.setStatus': () => {
        throw new CloudError('HANDOVER_FIRST', '管家「陈静」名下还有 8 家企业，请先办理管家交接，再停用');
      },
    });
    render(<AccountsPage />);
    const row = (await screen.findByText('陈静')).closest('.account-item') as HTMLElement;
    fireEvent.click(within(row).getByText('停用'));
    await waitFor(() => expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '无法完成', content: expect.stringContaining('名下还有 8 家企业') })));
    expect(within(row).getByText('启用')).toBeInTheDocument();
  });
});
