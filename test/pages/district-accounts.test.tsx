import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import AccountCodePage from '@/district/pages/account-code/index';
import AccountNewPage from '@/district/pages/account-new/index';
import AccountsPage from '@/district/pages/accounts/index';
import { CloudError } from '@/services/cloud-error';
import Taro, { showModal, taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { account, issuedCode, stewardLoad, units } from './district-fixtures';
import { pickSteward, stewardPage } from './org-fixtures';
import { page } from './fixtures';

jest.mock('@/services/cloud');

const setClipboardData = jest.fn(async (_options: { data: string }) => ({ errMsg: 'setClipboardData:ok' }));
Object.assign(Taro, { setClipboardData });
const showModalMock = showModal as unknown as jest.Mock;

const CODE_URL = '/district/pages/account-code/index';

describe('new account', () => {
  it('creates a steward for the chosen unit and shows its code once', async () => {
    answerActions({
      'org.units': () => units,
      'account.create': (input) => ({ account: account({ name: input.name }), code: issuedCode }),
    });
    const form = render(<AccountNewPage />);
    fireEvent.change(screen.getByPlaceholderText('账号使用人的真实姓名'), { target: { value: ' 陈静 ' } });
    fireEvent.change(await screen.findByRole('combobox'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: '创建账号并生成绑定码' }));

    await waitFor(() => expect(taroDouble.lastNavigation()).toEqual({ kind: 'redirectTo', url: CODE_URL }));
    expect(inputsOf('account.create')).toEqual([{ role: 'steward', name: '陈静', unitId: 'unit-z02' }]);
    form.unmount();

    const codePage = render(<AccountCodePage />);
    expect(screen.getByText('K7PM-Q3XD')).toHaveClass('issued-code');
    expect(document.querySelector('img.issued-code-qr')).toHaveAttribute('src', issuedCode.qrDataUrl);
    expect(screen.getByText(/有效期至 2030-06-01 10:00/)).toBeInTheDocument();
    expect(screen.getByText(/陈静/)).toHaveTextContent('服务管家');
    fireEvent.click(screen.getByRole('button', { name: '复制绑定码' }));
    expect(setClipboardData).toHaveBeenCalledWith({ data: 'K7PM-Q3XD' });
    codePage.unmount();

    // Shown once: opening the page again (back, reload) no longer has the code.
    render(<AccountCodePage />);
    expect(screen.getByText('绑定码已不再显示')).toBeInTheDocument();
    expect(screen.queryByText('K7PM-Q3XD')).toBeNull();
  });

  it('asks for a unit and a valid name before sending', async () => {
    answerActions({ 'org.units': () => units });
    render(<AccountNewPage />);
    fireEvent.change(screen.getByPlaceholderText('账号使用人的真实姓名'), { target: { value: '陈' } });
    fireEvent.click(screen.getByRole('button', { name: '创建账号并生成绑定码' }));

    expect(await screen.findByText('姓名至少 2 个字')).toHaveClass('field-error--name');
    expect(screen.getByText('请选择所属单位')).toHaveClass('field-error--unitId');
    expect(inputsOf('account.create')).toHaveLength(0);
  });

  it('creates a liaison for a steward of the chosen unit', async () => {
    answerActions({
      'org.units': () => units,
      'org.stewards': () => stewardPage([stewardLoad({ id: 's-a', name: '白丽' }), stewardLoad({ id: 's-b', name: '王芳', enterprises: 11, overloaded: true })]),
      'account.create': () => ({ account: account({ role: 'liaison' }), code: issuedCode }),
    });
    render(<AccountNewPage />);
    fireEvent.click(screen.getByText('联络员'));
    fireEvent.change(screen.getByPlaceholderText('账号使用人的真实姓名'), { target: { value: '刘洋' } });
    fireEvent.change((await screen.findAllByRole('combobox'))[0], { target: { value: '1' } });
    await pickSteward(await screen.findByText('点击选择服务管家'), '王芳');
    expect(document.querySelector('.steward-picker')).toHaveTextContent('王芳（11 家，超过10家）');
    fireEvent.click(screen.getByRole('button', { name: '创建账号并生成绑定码' }));

    await waitFor(() => expect(inputsOf('account.create')).toEqual([{ role: 'liaison', name: '刘洋', unitId: 'unit-z02', stewardId: 's-b' }]));
    expect(inputsOf('org.stewards')).toEqual([{ unitId: 'unit-z02', assignable: false, page: 1, pageSize: 20 }]);
  });

  it('shows the server field errors by the field', async () => {
    answerActions({
      'org.units': () => units,
      'account.create': () => {
        throw new CloudError('VALIDATION_FAILED', '填写的内容有误，请检查后重试', { phone: '该手机号已被其他账号使用' });
      },
    });
    render(<AccountNewPage />);
    fireEvent.change(screen.getByPlaceholderText('账号使用人的真实姓名'), { target: { value: '陈静' } });
    fireEvent.change(screen.getByPlaceholderText('11 位手机号'), { target: { value: '13800001111' } });
    fireEvent.change(await screen.findByRole('combobox'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: '创建账号并生成绑定码' }));

    expect(await screen.findByText('该手机号已被其他账号使用')).toHaveClass('field-error--phone');
    expect(screen.getByRole('button', { name: '创建账号并生成绑定码' })).toBeEnabled();
  });
});

describe('account list', () => {
  const rows = [
    account({ id: 'a1', name: '陈静' }),
    account({ id: 'a2', name: '白丽', bound: true, pendingCodeExpiresAt: undefined }),
    account({ id: 'a3', name: '周强', role: 'department', unitId: undefined, unitName: undefined, departmentId: 'd-tax', status: 'disabled', bound: true }),
    account({ id: 'a4', name: '孙悦', pendingCodeExpiresAt: '2024-05-01T02:00:00.000Z' }),
  ];

  it('shows role, unit, binding and status, and filters by role and status', async () => {
    answerActions({ 'account.list': () => page(rows), 'org.units': () => units, 'org.departments': () => [{ id: 'd-tax', name: '区税务局' }] });
    render(<AccountsPage />);

    const items = await screen.findAllByText(/陈静|白丽|周强|孙悦/, { selector: '.account-name' });
    const [pending, bound, disabled, expired] = items.map((name) => name.closest('.account-item') as HTMLElement);
    expect(pending).toHaveTextContent('服务管家');
    expect(await within(pending).findByText('张江管理局')).toHaveClass('account-org');
    expect(pending).toHaveTextContent('待绑定 · 绑定码 2030-06-01 10:00 前有效');
    expect(bound).toHaveTextContent('已绑定');
    expect(within(bound).queryByText('重新发放绑定码')).toBeNull();
    expect(within(bound).getByText('发放换绑码')).toBeInTheDocument();
    expect(within(bound).queryByText('作废绑定码')).toBeNull();
    expect(await within(disabled).findByText('区税务局')).toBeInTheDocument();
    expect(disabled).toHaveTextContent('已停用');
    expect(expired).toHaveTextContent('待绑定 · 绑定码已过期');

    fireEvent.click(screen.getByText('联络员'));
    fireEvent.click(screen.getByText('已停用', { selector: '.tabs__tab' }));
    await waitFor(() => expect(inputsOf('account.list').at(-1)).toEqual({ role: 'liaison', status: 'disabled', page: 1, pageSize: 10 }));
  });

  it('disables an account after confirming', async () => {
    answerActions({
      'account.list': () => page(rows),
      'org.units': () => units,
      'org.departments': () => [],
      'account.setStatus': (input) => ({ ...rows[0], status: input.status }),
    });
    render(<AccountsPage />);
    const row = (await screen.findByText('陈静')).closest('.account-item') as HTMLElement;
    fireEvent.click(within(row).getByText('停用'));

    await waitFor(() => expect(inputsOf('account.setStatus')).toEqual([{ id: 'a1', status: 'disabled' }]));
    expect(showModalMock).toHaveBeenCalledWith(expect.objectContaining({ title: '停用账号' }));
    expect(await within(row).findByText('启用')).toBeInTheDocument();
    expect(within(row).getByText('已停用')).toBeInTheDocument();
  });

  it('sends nothing when the confirmation is cancelled', async () => {
    answerActions({ 'account.list': () => page(rows), 'org.units': () => units, 'org.departments': () => [] });
    showModalMock.mockResolvedValueOnce({ confirm: false, cancel: true });
    render(<AccountsPage />);
    const row = (await screen.findByText('陈静')).closest('.account-item') as HTMLElement;
    fireEvent.click(within(row).getByText('停用'));

    await waitFor(() => expect(showModalMock).toHaveBeenCalled());
    expect(inputsOf('account.setStatus')).toHaveLength(0);
  });

  it('reissues a code and opens the code screen with it', async () => {
    answerActions({ 'account.list': () => page(rows), 'org.units': () => units, 'org.departments': () => [], 'account.reissueCode': () => ({ ...issuedCode, code: 'ABCD-EFGH' }) });
    render(<AccountsPage />);
    const row = (await screen.findByText('陈静')).closest('.account-item') as HTMLElement;
    fireEvent.click(within(row).getByText('重新发放绑定码'));

    await waitFor(() => expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: CODE_URL }));
    expect(inputsOf('account.reissueCode')).toEqual([{ id: 'a1' }]);
    render(<AccountCodePage />);
    expect(screen.getByText('ABCD-EFGH')).toBeInTheDocument();
  });

  it('revokes a pending code', async () => {
    answerActions({ 'account.list': () => page(rows), 'org.units': () => units, 'org.departments': () => [], 'account.revokeCode': () => ({ revoked: 1 }) });
    render(<AccountsPage />);
    const row = (await screen.findByText('陈静')).closest('.account-item') as HTMLElement;
    fireEvent.click(within(row).getByText('作废绑定码'));

    await waitFor(() => expect(inputsOf('account.revokeCode')).toEqual([{ id: 'a1' }]));
    expect(await within(row).findByText('待绑定 · 无有效绑定码')).toBeInTheDocument();
    expect(taroDouble.toasts).toContainEqual({ title: '绑定码已作废', icon: 'none' });
  });

  it('shows a load failure with a retry', async () => {
    let fail = true;
    answerActions({
      'org.units': () => units,
      'org.departments': () => [],
      'account.list': () => {
        if (fail) throw new CloudError('NETWORK', '网络连接失败，请检查网络后重试');
        return page(rows);
      },
    });
    render(<AccountsPage />);
    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeInTheDocument();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('陈静')).toBeInTheDocument();
  });
});
