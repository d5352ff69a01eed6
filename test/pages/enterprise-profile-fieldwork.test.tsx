import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ContactView } from '@/core/org/org.model';
import type { Role } from '@/core/roles';
import { SessionProvider } from '@/hooks/use-session';
import EnterpriseProfilePage from '@/pages/enterprise-profile/index';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { cadenceRow, profileOf, promotionView, reportView, researchVisit } from './fieldwork-fixtures';
import { page } from './fixtures';
import { contactView, endOfShanghaiDay, enterprise } from './org-fixtures';

jest.mock('@/services/cloud');

const HOUR = 3600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

function renderAs(role: Role, name: string, records: ContactView[], overrides = {}) {
  taroDouble.routerParams = { id: 'ent-001' };
  answerActions({
    'session.me': () => ({ user: { id: 'me', role, name } }),
    'enterprise.profile': () => profileOf(overrides),
    'enterpriseContact.list': () => [],
    'contact.list': () => page(records),
  });
  return render(
    <SessionProvider>
      <EnterpriseProfilePage />
    </SessionProvider>,
  );
}

describe('enterprise profile: field work', () => {
  it('shows the cadence with due dates, the preferences, and the latest of each kind with 查看全部', async () => {
    const { container } = renderAs('unit_admin', '郭超', [], {
      enterprise: enterprise({ preferences: { channels: ['微信'], quietPeriods: '月底', note: '', updatedAt: '2024-05-01T00:00:00.000Z' } }),
      cadence: cadenceRow({ daysOverdue: 12, contactDueAt: endOfShanghaiDay(-12), visitDueAt: endOfShanghaiDay(30), visitState: 'ok' }),
      reports: [reportView({ category: '企业迁入迁出', summary: '迁出（部分）至江苏省苏州市', risk: true, riskReason: '企业计划部分迁出至江苏省苏州市' })],
      researchVisits: [researchVisit()],
      promotions: [promotionView()],
    });
    expect(await screen.findByText('逾期 12 天')).toBeInTheDocument();
    expect(screen.getByText(/^联系已逾期（\d+月\d+日到期） · 走访\d+月\d+日前$/)).toBeInTheDocument();
    expect(screen.getByText('偏好：微信；免打扰：月底')).toBeInTheDocument();
    expect(screen.getByText('企业计划部分迁出至江苏省苏州市')).toBeInTheDocument();
    expect(screen.getByText('承诺事项 2 项，未办结 2 项（逾期 1 项）')).toBeInTheDocument();
    expect(screen.getByText('“专精特新”企业培育和奖励办法')).toBeInTheDocument();
    expect(screen.getByText('还没有诉求')).toBeInTheDocument();

    const reports = container.querySelector('.profile-recent--reports') as HTMLElement;
    fireEvent.click(within(reports).getByText('查看全部'));
    expect(taroDouble.lastNavigation()?.url).toMatch(/^\/fieldwork\/pages\/reports\/index\?enterpriseId=ent-001&name=/);
    fireEvent.click(within(container.querySelector('.profile-recent--demands') as HTMLElement).getByText('查看全部'));
    expect(taroDouble.lastNavigation()?.url).toMatch(/^\/fieldwork\/pages\/enterprise-demands\/index\?enterpriseId=ent-001/);
    // A unit admin does not record contacts or reports.
    expect(screen.queryByRole('button', { name: '记录联系' })).not.toBeInTheDocument();
  });

  it('offers 更正 only on the steward’s own records within 24 hours', async () => {
    const records = [
      contactView({ id: 'fresh-own', who: '新记录', recordedBy: 'me', recordedByName: '王管家', createdAt: ago(2) }),
      contactView({ id: 'old-own', who: '旧记录', recordedBy: 'me', recordedByName: '王管家', createdAt: ago(25) }),
      contactView({ id: 'fresh-other', who: '别人的记录', recordedBy: 'u-liaison-01', recordedByName: '程伟', createdAt: ago(1) }),
      // Another person of the same name is still someone else.
      contactView({ id: 'namesake', who: '同名者的记录', recordedBy: 'u-steward-09', recordedByName: '王管家', createdAt: ago(1) }),
    ];
    const { container } = renderAs('steward', '王管家', records);
    await screen.findByText('新记录');
    const row = (who: string) => screen.getByText(who).closest('.contact-record') as HTMLElement;
    expect(within(row('新记录')).getByText('更正')).toBeInTheDocument();
    expect(within(row('旧记录')).queryByText('更正')).not.toBeInTheDocument();
    expect(within(row('别人的记录')).queryByText('更正')).not.toBeInTheDocument();
    expect(within(row('同名者的记录')).queryByText('更正')).not.toBeInTheDocument();
    expect(container.querySelectorAll('.correct-link')).toHaveLength(1);

    fireEvent.click(within(row('新记录')).getByText('更正'));
    expect(taroDouble.lastNavigation()?.url).toBe('/fieldwork/pages/contact-edit/index?id=fresh-own');
    expect(taroDouble.storage.get('contact-correction')).toMatchObject({ id: 'fresh-own', who: '新记录' });
  });

  it('gives a unit admin no 更正, even on a fresh record', async () => {
    renderAs('unit_admin', '王管家', [contactView({ who: '新记录', recordedBy: 'me', recordedByName: '王管家', createdAt: ago(1) })]);
    await screen.findByText('新记录');
    expect(screen.queryByText('更正')).not.toBeInTheDocument();
    expect(inputsOf('enterprise.profile')).toEqual([{ id: 'ent-001' }]);
  });
});
