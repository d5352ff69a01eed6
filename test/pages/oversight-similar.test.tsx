import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SimilarGroupView } from '@/core/figures/figures.model';
import SimilarDemandsPage from '@/oversight/pages/similar/index';
import { CloudError } from '@/services/cloud-error';
import { showModal, taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { page } from './fixtures';

jest.mock('@/services/cloud');

const member = (i: number) => ({ id: `d-${i}`, title: `咨询研发费用补贴申报${i}`, enterpriseName: `上海示例科技${i}有限公司`, unitId: 'unit-z01', status: 'in_progress', createdAt: `2026-11-0${i}T02:00:00.000Z` });

const subsidy = (overrides: Partial<SimilarGroupView> = {}): SimilarGroupView => ({
  id: 'g-1', size: 12, terms: ['研发费用', '补贴申报'], demands: [1, 2, 3, 4, 5].map(member), updatedAt: '2026-11-20T02:00:00.000Z', ...overrides,
});
const land = subsidy({ id: 'g-2', size: 3, terms: ['用地指标'], demands: [member(6)], reply: { text: '已统一答复', at: '2026-11-18T02:00:00.000Z', byName: '区科经委', count: 3 } });

const ANSWER = '研发费用补贴今年的申报窗口为12月1日至15日，材料清单见区科经委网站。';

describe('similar demands', () => {
  it('lists groups, opens one with its members, and answers the whole group once after confirming', async () => {
    let calls = 0;
    answerActions({
      'demand.similarGroups': () => page([subsidy(), land]),
      // A group over 100 is answered in several calls with the same text.
      'demand.replyToGroup': () => (++calls === 1 ? { replied: 8, remaining: 2 } : { replied: 1, remaining: 0 }),
    });
    render(<SimilarDemandsPage />);
    expect(await screen.findByText('研发费用、补贴申报')).toBeInTheDocument();
    expect(screen.getByText('待答复')).toBeInTheDocument();
    expect(screen.getByText('已答复 3 件')).toBeInTheDocument();
    expect(screen.getByText(/^12 家企业在问/)).toBeInTheDocument();

    fireEvent.click(screen.getByText('研发费用、补贴申报'));
    expect(await screen.findByText('12 件在办诉求')).toBeInTheDocument();
    expect(screen.getAllByText(/^咨询研发费用补贴申报/)).toHaveLength(5);
    expect(screen.getByText('显示最新 5 件；答复将送达全部 12 件')).toBeInTheDocument();
    fireEvent.click(screen.getByText('咨询研发费用补贴申报3'));
    expect(taroDouble.lastNavigation()?.url).toBe('/pages/demand-detail/index?id=d-3');

    // Too short: said by the field, nothing sent.
    fireEvent.input(screen.getByPlaceholderText(/政策层面的统一答复/), { target: { value: '请等待' } });
    fireEvent.click(screen.getByText('答复全部 12 件'));
    expect(await screen.findByText(/至少 10 个字/)).toBeInTheDocument();
    expect(inputsOf('demand.replyToGroup')).toEqual([]);

    fireEvent.input(screen.getByPlaceholderText(/政策层面的统一答复/), { target: { value: ANSWER } });
    await act(async () => fireEvent.click(screen.getByText('答复全部 12 件')));
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '统一答复', content: expect.stringContaining('12 件在办诉求') }));
    expect(await screen.findByText('已答复 9 件；3 件此前已收到这条答复或已不在办，未重复发送')).toBeInTheDocument();
    expect(inputsOf('demand.replyToGroup')).toEqual([{ groupId: 'g-1', text: ANSWER }, { groupId: 'g-1', text: ANSWER }]);
    // The list behind is loaded again to show the answer.
    await waitFor(() => expect(inputsOf('demand.similarGroups').length).toBeGreaterThan(1));
  });

  it('sends nothing when the confirmation is declined, and shows a refusal by the form', async () => {
    answerActions({
      'demand.similarGroups': () => page([subsidy()]),
      'demand.replyToGroup': () => { throw new CloudError('NOT_FOUND', '这组同类诉求已不存在（诉求已办结或已调整），请刷新后查看'); },
    });
    render(<SimilarDemandsPage />);
    fireEvent.click(await screen.findByText('研发费用、补贴申报'));
    fireEvent.input(screen.getByPlaceholderText(/政策层面的统一答复/), { target: { value: ANSWER } });
    (showModal as unknown as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
    await act(async () => fireEvent.click(screen.getByText('答复全部 12 件')));
    expect(inputsOf('demand.replyToGroup')).toEqual([]);
    await act(async () => fireEvent.click(screen.getByText('答复全部 12 件')));
    expect(await screen.findByText('这组同类诉求已不存在（诉求已办结或已调整），请刷新后查看')).toBeInTheDocument();
    fireEvent.click(screen.getByText('返回列表'));
    expect(await screen.findByText('待答复')).toBeInTheDocument();
  });

  it('says when there is no group, and when the list fails', async () => {
    answerActions({ 'demand.similarGroups': () => page([]) });
    const { unmount } = render(<SimilarDemandsPage />);
    expect(await screen.findByText('暂无同类诉求')).toBeInTheDocument();
    unmount();
    answerActions({ 'demand.similarGroups': () => { throw new CloudError('INTERNAL', '服务繁忙'); } });
    render(<SimilarDemandsPage />);
    expect(await screen.findByText('服务繁忙')).toBeInTheDocument();
  });
});
