import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { EnterpriseContactView } from '@/core/org/org.model';
import type { Role } from '@/core/roles';
import { SessionProvider } from '@/hooks/use-session';
import EnterpriseProfilePage from '@/pages/enterprise-profile/index';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { profileOf } from './fieldwork-fixtures';
import { contactView } from './org-fixtures';
import { page } from './fixtures';

jest.mock('@/services/cloud');

const contacts: EnterpriseContactView[] = [
  { id: 'u-ec-1', name: '张经理', phone: '13900000001', bound: true, status: 'active' },
  { id: 'u-ec-2', name: '钱主管', bound: false, status: 'disabled' },
];

function renderAs(role: Role) {
  taroDouble.routerParams = { id: 'ent-001' };
  answerActions({
    'session.me': () => ({ user: { id: 'me', role, name: '某人' } }),
    'enterprise.profile': () => profileOf(),
    'enterpriseContact.list': () => contacts,
    'enterpriseContact.revoke': () => ({ revoked: true }),
    'contact.list': (input) => page([contactView({ id: `c${input.page}`, who: `对象${input.page}` })], input.page, input.page < 2),
  });
  return render(
    <SessionProvider>
      <EnterpriseProfilePage />
    </SessionProvider>,
  );
}

describe('enterprise profile', () => {
  it('gives the steward codes, revoking and recording, and pages the contact history', async () => {
    const { container } = renderAs('steward');
    expect(await screen.findByText('上海陆家嘴示例金融科技有限公司')).toBeInTheDocument();
    expect(screen.getByText('至少每 30 天联系一次，每 90 天上门走访一次')).toBeInTheDocument();
    expect(screen.getByText(/上次联系：2024-05-20\s+上次走访：暂无记录/)).toBeInTheDocument();
    expect(await screen.findByText('对象1')).toBeInTheDocument();

    const people = [...container.querySelectorAll('.contact-person')] as HTMLElement[];
    expect(within(people[0]).getByText('已绑定')).toBeInTheDocument();
    expect(within(people[1]).getByText('已撤销')).toBeInTheDocument();
    expect(within(people[1]).queryByText('撤销')).not.toBeInTheDocument();

    fireEvent.click(within(people[0]).getByText('撤销'));
    await waitFor(() => expect(inputsOf('enterpriseContact.revoke')).toEqual([{ userId: 'u-ec-1' }]));
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('张经理') }));

    fireEvent.click(screen.getByRole('button', { name: '发放绑定码' }));
    expect(taroDouble.lastNavigation()?.url).toBe(`/steward/pages/contact-code/index?enterpriseId=ent-001&name=${encodeURIComponent('上海陆家嘴示例金融科技有限公司')}`);
    fireEvent.click(screen.getByRole('button', { name: '记录联系' }));
    expect(taroDouble.lastNavigation()?.url).toMatch(/^\/steward\/pages\/record-contact\/index\?enterpriseId=ent-001&name=/);

    await act(() => taroDouble.reachBottom());
    expect(await screen.findByText('对象2')).toBeInTheDocument();
    expect(inputsOf('contact.list').map((i) => i.page)).toEqual([1, 2]);
  });

  it('does not revoke when the steward cancels', async () => {
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
    renderAs('steward');
    fireEvent.click(await screen.findByText('撤销'));
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalled());
    expect(inputsOf('enterpriseContact.revoke')).toEqual([]);
  });

  it('lets a liaison record contacts but not issue codes or revoke', async () => {
    renderAs('liaison');
    expect(await screen.findByText('张经理')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '记录联系' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '发放绑定码' })).not.toBeInTheDocument();
    expect(screen.queryByText('撤销')).not.toBeInTheDocument();
  });
});
