import { fireEvent, render, screen } from '@testing-library/react';
import DemandDetailPage from '@/pages/demand-detail/index';
import { ERROR_MESSAGES } from '@/core/errors';
import { CloudError } from '@/services/cloud-error';
import { taroDouble } from '../doubles/taro';
import { answerActions, callActionMock, inputsOf } from './cloud-mock';
import { demandDetail } from './fixtures';

jest.mock('@/services/cloud');

describe('demand detail', () => {
  beforeEach(() => {
    taroDouble.routerParams = { id: 'd1' };
  });

  it('shows the demand and its timeline in Shanghai time', async () => {
    answerActions({ 'demand.get': () => demandDetail() });
    render(<DemandDetailPage />);

    expect(await screen.findByText('申请研发费用加计扣除政策辅导')).toBeInTheDocument();
    expect(inputsOf('demand.get')).toEqual([{ id: 'd1' }]);
    expect(document.querySelector('.demand-status')).toHaveTextContent('办理中');
    expect(document.querySelector('.demand-category')).toHaveTextContent('政策咨询');
    expect(document.querySelector('.demand-urgency')).toHaveTextContent('一般');
    expect(document.querySelector('.demand-enterprise')).toHaveTextContent('上海张江示例生物医药有限公司');
    expect(document.querySelector('.demand-steward')).toHaveTextContent('王管家');
    expect(screen.getByText(/希望了解加计扣除的申报口径/)).toBeInTheDocument();

    const entries = document.querySelectorAll('.timeline-entry');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent('2024-05-24 09:30');
    expect(entries[0]).toHaveTextContent('李经理（企业联系人）');
    expect(entries[0]).toHaveTextContent('企业提交了诉求');
    expect(entries[1]).toHaveTextContent('2024-05-24 14:05');
    expect(entries[1]).toHaveTextContent('服务管家审核通过，已派单至区税务局');
  });

  it('explains a FORBIDDEN error and offers a way back instead of a retry', async () => {
    answerActions({
      'demand.get': () => {
        throw new CloudError('FORBIDDEN', ERROR_MESSAGES.FORBIDDEN);
      },
    });
    render(<DemandDetailPage />);

    expect(await screen.findByText('无权查看此诉求')).toBeInTheDocument();
    expect(screen.getByText(ERROR_MESSAGES.FORBIDDEN)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '重试' })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: '返回' }));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'reLaunch', url: '/pages/index/index' });
  });

  it('goes back to the previous page when there is one', async () => {
    taroDouble.pageStackDepth = 2;
    answerActions({
      'demand.get': () => {
        throw new CloudError('NOT_FOUND', ERROR_MESSAGES.NOT_FOUND);
      },
    });
    render(<DemandDetailPage />);

    expect(await screen.findByText('诉求不存在')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '返回' }));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateBack' });
  });

  it('offers a retry for a network error', async () => {
    let fail = true;
    answerActions({
      'demand.get': () => {
        if (fail) throw new CloudError('NETWORK', '网络连接失败，请检查网络后重试');
        return demandDetail();
      },
    });
    render(<DemandDetailPage />);

    const retry = await screen.findByRole('button', { name: '重试' });
    fail = false;
    fireEvent.click(retry);
    expect(await screen.findByText('申请研发费用加计扣除政策辅导')).toBeInTheDocument();
  });

  it('says so when the link has no demand id, without calling the cloud', async () => {
    taroDouble.routerParams = {};
    render(<DemandDetailPage />);
    expect(await screen.findByText('诉求不存在')).toBeInTheDocument();
    expect(callActionMock).not.toHaveBeenCalled();
  });
});
