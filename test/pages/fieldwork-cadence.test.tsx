import { fireEvent, render, screen, within } from '@testing-library/react';
import type { SessionUser } from '@/core/session.model';
import CadencePage from '@/fieldwork/pages/cadence/index';
import { SessionProvider } from '@/hooks/use-session';
import HomePage from '@/pages/index/index';
import { CloudError } from '@/services/cloud-error';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { cadenceRow } from './fieldwork-fixtures';
import { page } from './fixtures';
import { endOfShanghaiDay } from './org-fixtures';

jest.mock('@/services/cloud');

const steward: SessionUser = { id: 'u-steward-01', role: 'steward', name: '白丽', unitName: '陆家嘴管理局' };
const prefs = (channels: string[], quietPeriods = '') => ({ channels, quietPeriods, note: '', updatedAt: '2024-05-01T00:00:00.000Z' });

// As the server answers: nearest due first.
const rows = [
  cadenceRow({ enterpriseId: 'ent-001', enterpriseName: '上海联影信息技术有限公司', daysOverdue: 41, preferences: prefs(['微信'], '月底') }),
  cadenceRow({ enterpriseId: 'ent-007', enterpriseName: '上海东方航空科技有限公司', daysOverdue: 18, contactState: 'due_soon', contactDueAt: endOfShanghaiDay(4) }),
  cadenceRow({ enterpriseId: 'ent-009', enterpriseName: '上海临港航空科技有限公司', state: 'due_soon', daysOverdue: 0, contactState: 'due_soon', visitState: 'due_soon', contactDueAt: endOfShanghaiDay(2), visitDueAt: endOfShanghaiDay(5), preferences: prefs(['电话', '上门']) }),
  cadenceRow({ enterpriseId: 'ent-020', enterpriseName: '上海浦江电子有限公司', state: 'ok', daysOverdue: 0, contactState: 'ok', visitState: 'ok', contactDueAt: endOfShanghaiDay(20), visitDueAt: endOfShanghaiDay(60) }),
];

function renderHome() {
  answerActions({
    'session.me': () => ({ user: steward }),
    'handover.tasks': () => page([]),
    'enterprise.list': () => page([]),
    'demand.counts': () => ({ byStatus: {}, overdue: 0, total: 0, awaitingCallback: 0 }),
    'cadence.list': () => page(rows),
  });
  return render(
    <SessionProvider>
      <HomePage />
    </SessionProvider>,
  );
}

describe('联系走访 on the steward home', () => {
  it('lists overdue and due-soon enterprises nearest first, with their preferences as a hint', async () => {
    const { container } = renderHome();
    await screen.findByText('上海联影信息技术有限公司');
    const card = container.querySelector('.cadence-card') as HTMLElement;
    const items = [...card.querySelectorAll('.cadence-item')] as HTMLElement[];
    expect(items.map((i) => i.querySelector('.cadence-item__name')?.textContent)).toEqual(['上海联影信息技术有限公司', '上海东方航空科技有限公司', '上海临港航空科技有限公司']);
    expect(within(card).getByText('2 家已逾期，1 家即将到期')).toBeInTheDocument();
    expect(within(items[0]).getByText('逾期 41 天')).toBeInTheDocument();
    expect(within(items[0]).getByText('偏好：微信；免打扰：月底')).toBeInTheDocument();
    expect(within(items[0]).getByText('上次联系 2024-04-10 · 上次走访 2024-01-10')).toBeInTheDocument();
    expect(within(items[2]).getByText('即将到期')).toBeInTheDocument();
    expect(within(items[2]).getByText('偏好：电话、上门')).toBeInTheDocument();
    expect(items[1].querySelector('.preference-hint')).toBeNull();
    expect(inputsOf('cadence.list')).toEqual([{ page: 1, pageSize: 50 }]);

    fireEvent.click(within(items[0]).getByRole('button', { name: '记录联系' }));
    expect(taroDouble.lastNavigation()?.url).toBe(`/steward/pages/record-contact/index?enterpriseId=ent-001&name=${encodeURIComponent('上海联影信息技术有限公司')}`);
    fireEvent.click(items[1]);
    expect(taroDouble.lastNavigation()?.url).toBe('/pages/enterprise-profile/index?id=ent-007');
  });

  it('leads to research visits, reports and the policy library', async () => {
    renderHome();
    fireEvent.click(await screen.findByText('领导调研'));
    expect(taroDouble.lastNavigation()?.url).toBe('/fieldwork/pages/research/index');
    fireEvent.click(screen.getByText('信息报送'));
    expect(taroDouble.lastNavigation()?.url).toBe('/fieldwork/pages/report-new/index');
    fireEvent.click(screen.getByText('政策库'));
    expect(taroDouble.lastNavigation()?.url).toBe('/fieldwork/pages/policies/index');
  });

  it('retries when the cadence cannot be read', async () => {
    let fail = true;
    answerActions({
      'session.me': () => ({ user: steward }),
      'handover.tasks': () => page([]),
      'enterprise.list': () => page([]),
      'demand.counts': () => ({ byStatus: {}, overdue: 0, total: 0, awaitingCallback: 0 }),
      'cadence.list': () => {
        if (fail) throw new CloudError('NETWORK', '网络连接失败，请检查网络后重试');
        return page([]);
      },
    });
    render(
      <SessionProvider>
        <HomePage />
      </SessionProvider>,
    );
    const error = await screen.findByText('网络连接失败，请检查网络后重试，点击重试');
    fail = false;
    fireEvent.click(error);
    expect(await screen.findByText('所有企业都在联系周期内，暂无需要走访的企业')).toBeInTheDocument();
  });
});

describe('cadence list page', () => {
  it('starts with the overdue, pages on, and switches to due soon', async () => {
    answerActions({
      'session.me': () => ({ user: steward }),
      'cadence.list': (input) => page(input.state === 'overdue' ? rows.slice(0, 2) : rows.slice(2, 3), input.page),
    });
    render(
      <SessionProvider>
        <CadencePage />
      </SessionProvider>,
    );
    expect(await screen.findByText('上海东方航空科技有限公司')).toBeInTheDocument();
    fireEvent.click(screen.getByText('即将到期', { selector: '.tabs__tab' }));
    expect(await screen.findByText('上海临港航空科技有限公司')).toBeInTheDocument();
    expect(inputsOf('cadence.list').map((i) => i.state)).toEqual(['overdue', 'due_soon']);
  });
});
