import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { PromotionTodosCard } from '@/components/fieldwork/promotion-todos-card';
import PolicyPromotePage from '@/fieldwork/pages/policy-promote/index';
import PromotionsPage from '@/fieldwork/pages/promotions/index';
import { SessionProvider } from '@/hooks/use-session';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { promotionView } from './fieldwork-fixtures';
import { page } from './fixtures';

jest.mock('@/services/cloud');

const todo = { id: 'policy-9:ent-003', policyId: 'policy-9', policyTitle: '浦东新区促进企业数字化转型专项支持', enterpriseId: 'ent-003', enterpriseName: '上海丙科技有限公司', createdAt: '2026-11-20T02:00:00.000Z' };

describe('promotion to-dos from pushed policies', () => {
  it('lists them on the steward home, each opening the promotion form for its enterprise', async () => {
    answerActions({ 'policy.todos': () => page([todo]) });
    render(<PromotionTodosCard />);
    fireEvent.click(await screen.findByText('上海丙科技有限公司'));
    const url = taroDouble.lastNavigation()?.url ?? '';
    expect(url).toMatch(/^\/fieldwork\/pages\/policy-promote\/index\?policyId=policy-9&title=.+&enterpriseId=ent-003&name=/);
    expect(inputsOf('policy.todos')).toEqual([{ page: 1, pageSize: 5 }]);
  });

  it('records the promotion for the given enterprise without choosing it again', async () => {
    taroDouble.routerParams = { policyId: 'policy-9', title: encodeURIComponent(todo.policyTitle), enterpriseId: 'ent-003', name: encodeURIComponent(todo.enterpriseName) };
    answerActions({ 'policy.promote': () => promotionView() });
    render(<PolicyPromotePage />);
    expect(screen.getByText('上海丙科技有限公司')).toHaveClass('fixed-enterprise-name');
    fireEvent.click(screen.getByText('有意申报'));
    fireEvent.click(screen.getByRole('button', { name: '保存宣讲记录' }));
    await waitFor(() => expect(inputsOf('policy.promote')).toEqual([{ policyId: 'policy-9', enterpriseId: 'ent-003', intendsToApply: true, note: '' }]));
  });

  it('shows the to-dos first on the promotions page, and the records on the other tab', async () => {
    taroDouble.routerParams = { tab: 'todo' };
    answerActions({
      'session.me': () => ({ user: { id: 'u-steward-01', role: 'steward', name: '王管家' } }),
      'policy.todos': () => page([todo]),
      'policy.promotions': () => page([promotionView()]),
    });
    render(<SessionProvider><PromotionsPage /></SessionProvider>);
    const card = (await screen.findByText('上海丙科技有限公司')).closest('.promotion-todo-card') as HTMLElement;
    expect(await within(card).findByText('记录宣讲')).toBeInTheDocument();
    expect(inputsOf('policy.promotions')).toEqual([]);
    fireEvent.click(screen.getByText('宣讲记录'));
    await waitFor(() => expect(inputsOf('policy.promotions')).toHaveLength(1));
  });
});
