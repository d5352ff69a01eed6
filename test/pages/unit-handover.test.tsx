import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import HandoverPage from '@/unit/pages/handover/index';
import { answerActions, callActionMock, inputsOf } from './cloud-mock';
import { enterprise, handoverRequest, pickSteward, stewardLoad, stewardPage } from './org-fixtures';
import { page } from './fixtures';

jest.mock('@/services/cloud');

const wang = stewardLoad({ id: 'u-steward-01', name: '王管家', enterprises: 3, overloaded: false });
const li = stewardLoad({ id: 'u-steward-02', name: '李管家', enterprises: 6, overloaded: false });
const mine = [
  enterprise({ id: 'ent-009', name: '甲科技有限公司' }),
  enterprise({ id: 'ent-010', name: '乙医药有限公司' }),
  enterprise({ id: 'ent-011', name: '丙金融有限公司' }),
];

function answer() {
  answerActions({
    // The picker for the successor asks only for those who can take enterprises.
    'org.stewards': (input) => stewardPage(input.assignable ? [li] : [wang, li]),
    'enterprise.list': (input) => page(input.stewardId === wang.id ? mine : []),
    'handover.list': () => page([handoverRequest({ id: 'h0', status: 'rejected', decisionReason: '请先与企业沟通', enterpriseNames: ['丁物流有限公司'] })]),
    'handover.create': (input) => {
      const ids: string[] = input.enterpriseIds ?? mine.map((e) => e.id);
      return { handover: handoverRequest({ enterpriseIds: ids, enterpriseNames: ids.map((id) => mine.find((e) => e.id === id)!.name), reason: input.reason }), tasks: [] };
    },
  });
}

async function chooseStewards(container: HTMLElement) {
  await pickSteward(await screen.findByText('选择被替换的管家'), '王管家');
  await screen.findByText('全部企业（3 家）');
  await pickSteward(screen.getByText('选择接任的管家'), '李管家');
  expect(container.querySelector('.to-steward .picker-value')?.textContent).toBe('李管家');
  expect(inputsOf('org.stewards')).toEqual([{ assignable: false, page: 1, pageSize: 20 }, { exceptId: 'u-steward-01', assignable: true, page: 1, pageSize: 20 }]);
  fireEvent.input(container.querySelector('.reason-input') as HTMLElement, { target: { value: '王管家调岗' } });
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: '提交区科经委确认' }));

describe('steward handover', () => {
  it('proposes all enterprises by leaving enterpriseIds out, with the reason, and says the district must confirm', async () => {
    answer();
    const { container } = render(<HandoverPage />);
    await chooseStewards(container);

    submit();

    expect(await screen.findByText('已提交，待区科经委确认')).toBeInTheDocument();
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('全部 3 家企业从 王管家 交接给 李管家，报区科经委确认后生效') }));
    expect(inputsOf('handover.create')).toEqual([{ fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', reason: '王管家调岗' }]);
    const request = container.querySelector('.handover-request') as HTMLElement;
    expect(within(request).getByText('待区科经委确认')).toBeInTheDocument();
    expect(within(request).getByText('企业：甲科技有限公司、乙医药有限公司、丙金融有限公司（3 家）')).toBeInTheDocument();
    expect(screen.getByText(/确认后 3 个工作日内联系每家企业/)).toBeInTheDocument();
  });

  it('lists the unit’s earlier requests with the district’s answer', async () => {
    answer();
    const { container } = render(<HandoverPage />);
    await screen.findByText('区科经委意见：请先与企业沟通');
    expect(within(container.querySelector('.handover-requests') as HTMLElement).getByText('已退回')).toBeInTheDocument();
  });

  it('sends exactly the two ticked enterprises', async () => {
    answer();
    const { container } = render(<HandoverPage />);
    await chooseStewards(container);

    fireEvent.click(screen.getByText('全部企业（3 家）'));
    fireEvent.click(screen.getByText('丙金融有限公司'));
    fireEvent.click(screen.getByText('甲科技有限公司'));
    expect(screen.getByText('已选 2 家')).toBeInTheDocument();
    submit();

    await screen.findByText('已提交，待区科经委确认');
    // In the order the list shows them, whatever the order of ticking.
    expect(inputsOf('handover.create')).toEqual([
      { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', reason: '王管家调岗', enterpriseIds: ['ent-009', 'ent-011'] },
    ]);
    expect(container.querySelector('.handover-result .handover-request__enterprises')?.textContent).toBe('企业：甲科技有限公司、丙金融有限公司（2 家）');
  });

  it('refuses on the device without stewards, a reason or ticked enterprises', async () => {
    answer();
    const { container } = render(<HandoverPage />);
    await screen.findByText('选择被替换的管家');
    submit();
    expect(await screen.findByText('请选择原管家')).toBeInTheDocument();
    expect(screen.getByText('请选择接任管家')).toBeInTheDocument();
    expect(screen.getByText('请填写交接原因')).toBeInTheDocument();

    await chooseStewards(container);
    fireEvent.click(screen.getByText('全部企业（3 家）'));
    submit();
    expect(await screen.findByText('请至少选择一家企业')).toBeInTheDocument();
    expect(callActionMock.mock.calls.filter(([a]) => a === 'handover.create')).toHaveLength(0);
  });

  it('sends nothing when the confirmation is cancelled', async () => {
    answer();
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
    const { container } = render(<HandoverPage />);
    await chooseStewards(container);
    submit();
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalled());
    expect(inputsOf('handover.create')).toEqual([]);
    expect(screen.queryByText('已提交，待区科经委确认')).not.toBeInTheDocument();
  });
});
