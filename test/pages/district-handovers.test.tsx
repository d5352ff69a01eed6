import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import HandoversPage from '@/district/pages/handovers/index';
import { answerActions, inputsOf } from './cloud-mock';
import { handoverRequest } from './org-fixtures';
import { page } from './fixtures';

jest.mock('@/services/cloud');

const pending = handoverRequest({ enterpriseIds: ['e1', 'e2', 'e3', 'e4'], enterpriseNames: ['甲公司', '乙公司', '丙公司', '丁公司'], reason: '王管家调任区科经委' });

describe('steward changes the district confirms', () => {
  it('confirms a unit’s proposal and shows it in force', async () => {
    answerActions({
      'handover.list': () => page([pending]),
      'handover.decide': () => ({ handover: { ...pending, status: 'confirmed', movedEnterprises: 4, decidedAt: new Date().toISOString() }, tasks: [] }),
    });
    render(<HandoversPage />);
    const item = (await screen.findByText('王管家 → 李管家')).closest('.handover-request') as HTMLElement;
    expect(item).toHaveTextContent('陆家嘴管理局');
    expect(item).toHaveTextContent('企业：甲公司、乙公司、丙公司 等 4 家');
    expect(item).toHaveTextContent('原因：王管家调任区科经委');

    fireEvent.click(within(item).getByText('确认交接'));
    fireEvent.click(within(item).getByRole('button', { name: '确认交接' }));
    await waitFor(() => expect(inputsOf('handover.decide')).toEqual([{ id: 'h1', confirm: true, reason: '' }]));
    expect(await within(item).findByText('已生效')).toBeInTheDocument();
    expect(within(item).queryByText('退回')).not.toBeInTheDocument();
  });

  it('returns one only with a reason', async () => {
    answerActions({
      'handover.list': () => page([pending]),
      'handover.decide': (input) => ({ handover: { ...pending, status: 'rejected', decisionReason: input.reason }, tasks: [] }),
    });
    render(<HandoversPage />);
    const item = (await screen.findByText('王管家 → 李管家')).closest('.handover-request') as HTMLElement;
    fireEvent.click(within(item).getByText('退回'));
    fireEvent.click(within(item).getByRole('button', { name: '确认退回' }));
    expect(await within(item).findByText('请填写退回理由')).toBeInTheDocument();
    expect(inputsOf('handover.decide')).toHaveLength(0);
    fireEvent.change(within(item).getByPlaceholderText(/退回理由/), { target: { value: '请先与企业沟通' } });
    fireEvent.click(within(item).getByRole('button', { name: '确认退回' }));
    await waitFor(() => expect(inputsOf('handover.decide')).toEqual([{ id: 'h1', confirm: false, reason: '请先与企业沟通' }]));
    expect(await within(item).findByText('区科经委意见：请先与企业沟通')).toBeInTheDocument();
  });

  it('says when nothing waits', async () => {
    answerActions({ 'handover.list': () => page([]) });
    render(<HandoversPage />);
    expect(await screen.findByText('没有待确认的管家交接')).toBeInTheDocument();
  });
});
