import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import DemandDecidePage from '@/district/pages/demand-decide/index';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { demandDetail, demandSummary, page } from './fixtures';

jest.mock('@/services/cloud');

const DEPARTMENTS = [
  { id: 'dept-01', name: '区科经委' },
  { id: 'dept-04', name: '区规划资源局' },
];

const secondBad = demandDetail({
  status: 'district_review',
  version: 9,
  departmentId: 'dept-01',
  departmentName: '区科经委',
  steps: ['orderRectification', 'closeUnresolved'],
  resolution: '已重新推荐层高 9 米的厂房并陪同看房。',
  ratings: [
    { at: '2026-11-02T02:00:00.000Z', resolved: '部分解决', satisfaction: '不满意', comment: '厂房层高不够' },
    { at: '2026-11-20T02:00:00.000Z', resolved: '未解决', satisfaction: '非常不满意', comment: '仍无合适厂房' },
  ],
});

describe('the district decides a bad review after rectification', () => {
  it('lists the demands waiting for its decision', async () => {
    taroDouble.routerParams = {};
    answerActions({ 'demand.list': () => page([demandSummary({ status: 'district_review' })]) });
    render(<DemandDecidePage />);
    await screen.findByText('申请研发费用加计扣除政策辅导');
    expect(inputsOf('demand.list')).toEqual([{ status: 'district_review', page: 1, pageSize: 10 }]);
  });

  it('orders another rectification by a department it names, with what is required', async () => {
    taroDouble.routerParams = { id: 'd1' };
    answerActions({ 'demand.get': () => secondBad, 'org.departments': () => DEPARTMENTS, 'demand.orderRectification': () => ({ id: 'd1', status: 'rectifying', version: 10 }) });
    render(<DemandDecidePage />);
    // The record the decision rests on: both ratings and the last rectification.
    expect(await screen.findByText(/第 2 次评价：未解决 · 非常不满意，“仍无合适厂房”/)).toBeInTheDocument();
    expect(screen.getByText('最近一次整改：已重新推荐层高 9 米的厂房并陪同看房。')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '确认再次整改' }));
    expect(await screen.findByText('请填写整改要求')).toBeInTheDocument();
    expect(inputsOf('demand.orderRectification')).toHaveLength(0);

    await screen.findByText('区规划资源局');
    fireEvent.change(screen.getByRole('combobox'), { target: { value: '1' } });
    fireEvent.change(screen.getByPlaceholderText(/怎样才算整改到位/), { target: { value: '协调层高 8 米以上的产业用房' } });
    fireEvent.click(screen.getByRole('button', { name: '确认再次整改' }));
    await waitFor(() => expect(inputsOf('demand.orderRectification')).toEqual([{ id: 'd1', version: 9, departmentId: 'dept-04', note: '协调层高 8 米以上的产业用房' }]));
    expect(taroDouble.toasts).toContainEqual({ title: '已要求再次整改', icon: 'success' });
  });

  it('or closes it as unresolved, with a reason', async () => {
    taroDouble.routerParams = { id: 'd1' };
    answerActions({ 'demand.get': () => secondBad, 'org.departments': () => DEPARTMENTS, 'demand.closeUnresolved': () => ({ id: 'd1', status: 'closed', version: 10 }) });
    render(<DemandDecidePage />);
    fireEvent.click(await screen.findByText('以“未解决”关闭'));
    fireEvent.click(screen.getByRole('button', { name: '确认以未解决关闭' }));
    expect(await screen.findByText('请填写不予继续整改的理由')).toBeInTheDocument();
    fireEvent.change(screen.getByPlaceholderText(/为何以“未解决”关闭/), { target: { value: '企业要求超出区内现有载体条件，已当面说明' } });
    fireEvent.click(screen.getByRole('button', { name: '确认以未解决关闭' }));
    await waitFor(() => expect(inputsOf('demand.closeUnresolved')).toEqual([{ id: 'd1', version: 9, reason: '企业要求超出区内现有载体条件，已当面说明' }]));
  });
});
