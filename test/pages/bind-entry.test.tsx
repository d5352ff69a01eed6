import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SessionProvider } from '@/hooks/use-session';
import HomePage from '@/pages/index/index';
import LoginPage from '@/pages/login/index';
import { request, taroDouble } from '../doubles/taro';
import { answerActions } from './cloud-mock';

jest.mock('@/services/cloud');

const requestMock = request as unknown as jest.Mock;

describe('ways into binding', () => {
  it('leads an unbound WeChat user to the binding form', async () => {
    answerActions({ 'session.me': () => ({ user: null }) });
    render(<SessionProvider><HomePage /></SessionProvider>);

    expect(await screen.findByText(/获取一次性绑定码/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '使用绑定码绑定' }));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/bind/index' });
  });

  it('signs in on H5 as a brand-new WeChat user with a fresh local openid', async () => {
    const openids: string[] = [];
    requestMock.mockImplementation(async ({ url, data }: { url: string; data?: { openid: string } }) => {
      if (url === '/local/identities') return { statusCode: 200, data: [] };
      if (url === '/local/login') {
        openids.push(data!.openid);
        return { statusCode: 200, data: { token: `token-${data!.openid}` } };
      }
      throw new Error(`unexpected request ${url}`);
    });
    answerActions({ 'session.me': () => ({ user: null }) });
    render(<SessionProvider><LoginPage /></SessionProvider>);

    fireEvent.click(screen.getByRole('button', { name: '以新微信用户身份进入' }));
    await waitFor(() => expect(taroDouble.lastNavigation()).toEqual({ kind: 'reLaunch', url: '/pages/index/index' }));
    expect(openids).toHaveLength(1);
    expect(openids[0]).toMatch(/^local-[a-z0-9]{8,}$/);
    expect(taroDouble.storage.get('local-session-token')).toBe(`token-${openids[0]}`);
  });
});
