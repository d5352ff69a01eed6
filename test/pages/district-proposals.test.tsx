import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ProposalView } from '@/core/org/org.model';
import ProposalsPage from '@/district/pages/proposals/index';
import { answerActions, inputsOf } from './cloud-mock';
import { stewardLoad } from './district-fixtures';
import { pickSteward, stewardPage } from './org-fixtures';
import { page } from './fixtures';

jest.mock('@/services/cloud');

const proposal = (overrides: Partial<ProposalView> = {}): ProposalView => ({
  id: 'p1',
  unitId: 'unit-z02',
  unitName: '张江管理局',
  kind: 'add',
  enterpriseName: '上海示例芯片有限公司',
  creditCode: '91310115MA1K3YJX2D',
  reason: '年营收超过 5 亿元，属集成电路重点领域',
  status: 'pending',
  createdAt: '2024-05-20T02:00:00.000Z',
  ...overrides,
});

describe('list adjustment proposals', () => {
  it('approves an addition with a chosen steward', async () => {
    answerActions({
      'proposal.list': () => page([proposal()]),
      'org.stewards': () => stewardPage([stewardLoad({ id: 's-a', name: '白丽' }), stewardLoad({ id: 's-b', name: '王芳' })]),
      'proposal.decide': (input) => proposal({ status: 'approved', decisionReason: input.reason || undefined }),
    });
    render(<ProposalsPage />);
    const item = (await screen.findByText('上海示例芯片有限公司')).closest('.district-proposal') as HTMLElement;
    expect(item).toHaveTextContent('建议新增');
    expect(item).toHaveTextContent('年营收超过 5 亿元');

    fireEvent.click(within(item).getByText('同意'));
    await pickSteward(await within(item).findByText('暂不分配，由总管家稍后分配'), '王芳');
    fireEvent.click(within(item).getByRole('button', { name: '确认同意' }));

    await waitFor(() => expect(inputsOf('proposal.decide')).toEqual([{ id: 'p1', approve: true, reason: '', stewardId: 's-b' }]));
    expect(inputsOf('org.stewards')).toEqual([{ unitId: 'unit-z02', assignable: true, page: 1, pageSize: 20 }]);
    expect(await within(item).findByText('已同意')).toBeInTheDocument();
  });

  it('needs a reason to reject', async () => {
    answerActions({
      'proposal.list': () => page([proposal({ kind: 'remove', enterpriseId: 'e-1' })]),
      'proposal.decide': () => proposal({ status: 'rejected' }),
    });
    render(<ProposalsPage />);
    const item = (await screen.findByText('上海示例芯片有限公司')).closest('.district-proposal') as HTMLElement;
    fireEvent.click(within(item).getByText('驳回'));
    fireEvent.click(within(item).getByRole('button', { name: '确认驳回' }));
    expect(await within(item).findByText('请填写驳回理由')).toBeInTheDocument();
    expect(inputsOf('proposal.decide')).toHaveLength(0);

    fireEvent.change(within(item).getByPlaceholderText(/驳回理由/), { target: { value: '企业仍在浦东经营' } });
    fireEvent.click(within(item).getByRole('button', { name: '确认驳回' }));
    await waitFor(() => expect(inputsOf('proposal.decide')).toEqual([{ id: 'p1', approve: false, reason: '企业仍在浦东经营' }]));
  });

  it('shows decided proposals on their own tabs', async () => {
    answerActions({ 'proposal.list': (input) => page(input.status === 'pending' ? [] : [proposal({ status: input.status, decisionReason: '同意纳入' })]) });
    render(<ProposalsPage />);
    expect(await screen.findByText('没有待审核的建议')).toBeInTheDocument();

    fireEvent.click(screen.getByText('已同意'));
    expect(await screen.findByText('审核意见：同意纳入')).toBeInTheDocument();
    expect(inputsOf('proposal.list')).toEqual([
      { status: 'pending', page: 1, pageSize: 10 },
      { status: 'approved', page: 1, pageSize: 10 },
    ]);
  });
});
