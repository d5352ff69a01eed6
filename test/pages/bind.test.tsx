import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ErrorCode } from '@/core/errors';
import { SessionProvider } from '@/hooks/use-session';
import BindPage from '@/pages/bind/index';
import { CloudError } from '@/services/cloud-error';
import { codeFromScan } from '@/services/session.service';
import { taroDouble } from '../doubles/taro';
import { answerActions, callActionMock, inputsOf } from './cloud-mock';

jest.mock('@/services/cloud');

const steward = { id: 'u-new', role: 'steward', name: '陈静', unitName: '张江管理局' };

const renderBind = () =>
  render(
    <SessionProvider>
      <BindPage />
    </SessionProvider>,
  );

const typeInto = (placeholder: RegExp, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });
const bindButton = () => screen.getByRole('button', { name: /^绑定$|绑定中…/ });

function refuseWith(code: ErrorCode, message: string, fields?: Record<string, string>) {
  answerActions({
    'session.me': () => ({ user: null }),
    'account.bind': () => {
      throw new CloudError(code, message, fields);
    },
  });
}

describe('binding with a one-time code', () => {
  it('sends the code as the server stores it, whatever case, spaces or dash were typed', async () => {
    answerActions({ 'session.me': () => ({ user: null }), 'account.bind': () => ({ user: steward }) });
    renderBind();
    typeInto(/K7PM-Q3XD/, ' k7pm - q3xd ');
    fireEvent.click(bindButton());

    await waitFor(() => expect(inputsOf('account.bind')).toEqual([{ code: 'K7PMQ3XD' }]));
  });

  it('asks for the whole code before sending anything', async () => {
    answerActions({ 'session.me': () => ({ user: null }) });
    renderBind();
    typeInto(/K7PM-Q3XD/, 'K7PM-Q3');
    fireEvent.click(bindButton());

    expect(await screen.findByText('请输入完整的绑定码')).toHaveClass('field-error--code');
    typeInto(/K7PM-Q3XD/, '');
    fireEvent.click(bindButton());
    expect(await screen.findByText('请输入绑定码')).toBeInTheDocument();
    expect(inputsOf('account.bind')).toHaveLength(0);
  });

  it('shows a used code refusal by the code field and lets the person try again', async () => {
    refuseWith('BINDING_CODE_INVALID', '绑定码已被使用，每个绑定码只能使用一次');
    renderBind();
    typeInto(/K7PM-Q3XD/, 'K7PMQ3XD');
    fireEvent.click(bindButton());

    expect(await screen.findByText('绑定码已被使用，每个绑定码只能使用一次')).toHaveClass('field-error--code');
    expect(bindButton()).toBeEnabled();
    expect(taroDouble.navigations).toHaveLength(0);
  });

  it('shows an expired code refusal', async () => {
    refuseWith('BINDING_CODE_INVALID', '绑定码已过期，请联系发放人重新获取');
    renderBind();
    typeInto(/K7PM-Q3XD/, 'K7PMQ3XD');
    fireEvent.click(bindButton());

    expect(await screen.findByText('绑定码已过期，请联系发放人重新获取')).toHaveClass('field-error--code');
  });

  it('tells a person locked out after too many wrong codes how long to wait', async () => {
    refuseWith('BINDING_LOCKED', '绑定码错误次数过多，请 15 分钟后再试');
    renderBind();
    typeInto(/K7PM-Q3XD/, 'K7PMQ3XD');
    fireEvent.click(bindButton());

    expect(await screen.findByText('绑定码错误次数过多，请 15 分钟后再试')).toBeInTheDocument();
    expect(bindButton()).toBeEnabled();
  });

  it('puts the server\'s request for a name by the name field, then sends it', async () => {
    refuseWith('VALIDATION_FAILED', '填写的内容有误，请检查后重试', { name: '请填写姓名' });
    renderBind();
    typeInto(/K7PM-Q3XD/, 'K7PMQ3XD');
    fireEvent.click(bindButton());
    expect(await screen.findByText('请填写姓名')).toHaveClass('field-error--name');

    answerActions({ 'session.me': () => ({ user: null }), 'account.bind': () => ({ user: { ...steward, role: 'enterprise' } }) });
    typeInto(/真实姓名/, ' 李经理 ');
    typeInto(/便于管家/, '13800001111');
    fireEvent.click(bindButton());
    await waitFor(() => expect(inputsOf('account.bind')[1]).toEqual({ code: 'K7PMQ3XD', name: '李经理', phone: '13800001111' }));
  });

  it('checks the optional phone with the server wording', async () => {
    answerActions({ 'session.me': () => ({ user: null }) });
    renderBind();
    typeInto(/K7PM-Q3XD/, 'K7PMQ3XD');
    typeInto(/便于管家/, '12345');
    fireEvent.click(bindButton());
    expect(await screen.findByText('请填写 11 位手机号')).toHaveClass('field-error--phone');
    expect(inputsOf('account.bind')).toHaveLength(0);
  });

  it('on success reloads the session and goes home as the bound account', async () => {
    let bound = false;
    answerActions({
      'session.me': () => ({ user: bound ? steward : null }),
      'account.bind': () => {
        bound = true;
        return { user: steward };
      },
    });
    renderBind();
    await waitFor(() => expect(inputsOf('session.me')).toHaveLength(1));
    typeInto(/K7PM-Q3XD/, 'K7PM-Q3XD');
    fireEvent.click(bindButton());

    await waitFor(() => expect(taroDouble.lastNavigation()).toEqual({ kind: 'reLaunch', url: '/pages/index/index' }));
    expect(inputsOf('session.me')).toHaveLength(2);
    expect(taroDouble.toasts).toContainEqual({ title: '绑定成功', icon: 'success' });
  });

  it('disables the button while sending, so one tap binds once', async () => {
    let finish: (value: unknown) => void = () => undefined;
    answerActions({ 'session.me': () => ({ user: null }), 'account.bind': () => new Promise((resolve) => (finish = resolve)) });
    renderBind();
    typeInto(/K7PM-Q3XD/, 'K7PMQ3XD');
    fireEvent.click(bindButton());

    expect(await screen.findByRole('button', { name: '绑定中…' })).toBeDisabled();
    fireEvent.click(bindButton());
    await act(async () => finish({ user: steward }));
    expect(callActionMock.mock.calls.filter(([name]) => name === 'account.bind')).toHaveLength(1);
  });

  it('takes the code out of a scanned binding QR', () => {
    expect(codeFromScan('fwb-bind:K7PMQ3XD')).toBe('K7PMQ3XD');
    expect(codeFromScan(' K7PM-Q3XD ')).toBe('K7PM-Q3XD');
  });
});
