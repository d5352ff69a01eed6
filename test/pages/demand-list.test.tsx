import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import EnterpriseDemandsPage from '@/enterprise/pages/demands/index';
import StewardDemandsPage from '@/steward/pages/demands/index';
import { CloudError, NETWORK_ERROR_MESSAGE } from '@/services/cloud-error';
import { stopPullDownRefresh, taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { demandSummary, page } from './fixtures';

jest.mock('@/services/cloud');

const firstPage = [
  demandSummary({ id: 'd1', title: '研发费用加计扣除辅导', status: 'submitted' }),
  demandSummary({ id: 'd2', title: '人才公寓申请', category: '人才/落户', status: 'accepted', urgency: 'urgent' }),
];

describe('demand list', () => {
  it('shows the demands with their status', async () => {
    answerActions({ 'demand.list': () => page(firstPage) });
    render(<EnterpriseDemandsPage />);

    expect(await screen.findByText('研发费用加计扣除辅导')).toBeInTheDocument();
    const items = document.querySelectorAll('.demand-item');
    expect(items).toHaveLength(2);
    expect(items[1].querySelector('.demand-status')).toHaveTextContent('办理中');
    expect(items[1]).toHaveTextContent('紧急');
    expect(items[0]).toHaveTextContent('2024-05-24 09:30');
    expect(screen.getByText('没有更多了')).toBeInTheDocument();
    expect(inputsOf('demand.list')).toEqual([{ status: undefined, page: 1, pageSize: 10 }]);
  });

  it('opens a demand when tapped', async () => {
    answerActions({ 'demand.list': () => page(firstPage) });
    render(<EnterpriseDemandsPage />);
    fireEvent.click(await screen.findByText('人才公寓申请'));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/demand-detail/index?id=d2' });
  });

  it('shows a helpful empty state with a way to submit', async () => {
    answerActions({ 'demand.list': () => page([]) });
    render(<EnterpriseDemandsPage />);

    expect(await screen.findByText('暂无诉求')).toBeInTheDocument();
    expect(screen.getByText(/都可以向您的服务管家提交诉求/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '提交诉求' }));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/enterprise/pages/demand-new/index' });
  });

  it('shows an error that a retry clears', async () => {
    let fail = true;
    answerActions({
      'demand.list': () => {
        if (fail) throw new CloudError('NETWORK', NETWORK_ERROR_MESSAGE);
        return page(firstPage);
      },
    });
    render(<EnterpriseDemandsPage />);

    expect(await screen.findByText(NETWORK_ERROR_MESSAGE)).toBeInTheDocument();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('研发费用加计扣除辅导')).toBeInTheDocument();
    expect(screen.queryByText(NETWORK_ERROR_MESSAGE)).not.toBeInTheDocument();
  });

  it('loads page 2 when the page reaches the bottom', async () => {
    answerActions({
      'demand.list': ({ page: pageNo }) =>
        pageNo === 1 ? page(firstPage, 1, true) : page([demandSummary({ id: 'd3', title: '跨境数据合规咨询' })], 2, false),
    });
    render(<EnterpriseDemandsPage />);
    expect(await screen.findByText('加载更多')).toBeInTheDocument();

    await act(() => taroDouble.reachBottom());

    expect(await screen.findByText('跨境数据合规咨询')).toBeInTheDocument();
    expect(document.querySelectorAll('.demand-item')).toHaveLength(3);
    expect(screen.getByText('没有更多了')).toBeInTheDocument();
    expect(inputsOf('demand.list').map((input) => input.page)).toEqual([1, 2]);
  });

  it('filters by status from the tabs', async () => {
    answerActions({ 'demand.list': ({ status }) => page(status === 'accepted' ? [firstPage[1]] : firstPage) });
    render(<EnterpriseDemandsPage />);
    await screen.findByText('研发费用加计扣除辅导');

    fireEvent.click(screen.getByText('办理中', { selector: '.tabs__tab' }));

    await waitFor(() => expect(document.querySelectorAll('.demand-item')).toHaveLength(1));
    expect(inputsOf('demand.list').at(-1)).toEqual({ status: 'accepted', page: 1, pageSize: 10 });
  });

  it('reloads on pull-down and stops the spinner', async () => {
    let title = '旧标题';
    answerActions({ 'demand.list': () => page([demandSummary({ title })]) });
    render(<EnterpriseDemandsPage />);
    await screen.findByText('旧标题');

    title = '新标题';
    await act(() => taroDouble.pullDownRefresh());

    expect(screen.getByText('新标题')).toBeInTheDocument();
    expect(stopPullDownRefresh).toHaveBeenCalled();
  });

  it('shows the enterprise name on the steward list', async () => {
    answerActions({ 'demand.list': () => page(firstPage) });
    render(<StewardDemandsPage />);
    expect(await screen.findAllByText('上海张江示例生物医药有限公司')).toHaveLength(2);
  });
});
