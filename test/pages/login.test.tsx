import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SessionProvider } from '@/hooks/use-session';
import LoginPage from '@/pages/login/index';
import { request, taroDouble } from '../doubles/taro';
import { answerActions } from './cloud-mock';

jest.mock('@/services/cloud');

const requestMock = request as unknown as jest.Mock;

const identities = [
  { openid: 'ent-001', role: 'enterprise', name: '郑秀英', detail: '上海联影信息技术有限公司' },
  ...Array.from({ length: 7 }, (_, i) => ({ openid: `ent-10${i}`, role: 'enterprise', name: `企业联系人${i}`, detail: '' })),
  { openid: 'steward-01', role: 'steward', name: '白丽', detail: '陆家嘴管理局' },
];

// The local demo server's sign-in endpoints, answered the way Taro.request resolves.
function localServer() {
  requestMock.mockImplementation(async ({ url, data }: { url: string; data?: { openid?: string } }) => {
    if (url === '/local/identities') return { statusCode: 200, data: identities };
    if (url === '/local/login') return { statusCode: 200, data: { token: `token-for-${data?.openid}` } };
    throw new Error(`unexpected request ${url}`);
  });
}

describe('H5 local sign-in', () => {
  it('lists identities by role, small groups first, and explains that the page is local only', async () => {
    localServer();
    render(<SessionProvider><LoginPage /></SessionProvider>);

    expect(await screen.findByText('郑秀英')).toBeInTheDocument();
    expect(screen.getByText(/仅在本地演示服务器上提供/)).toBeInTheDocument();
    const groups = [...document.querySelectorAll('.identity-group')];
    expect(groups.map((group) => group.querySelector('.card__title')?.textContent)).toEqual(['服务管家（1）', '企业联系人（8）']);
    expect(groups[0]).toHaveTextContent('白丽陆家嘴管理局');
    expect(groups[1].querySelectorAll('.identity-item')).toHaveLength(8);
  });

  it('stores the token, reloads the session and goes home', async () => {
    localServer();
    answerActions({ 'session.me': () => ({ user: { id: 's1', role: 'steward', name: '白丽' } }) });
    render(<SessionProvider><LoginPage /></SessionProvider>);

    fireEvent.click(await screen.findByText('白丽'));

    await waitFor(() => expect(taroDouble.lastNavigation()).toEqual({ kind: 'reLaunch', url: '/pages/index/index' }));
    expect(taroDouble.storage.get('local-session-token')).toBe('token-for-steward-01');
  });
});
