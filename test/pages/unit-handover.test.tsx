import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import HandoverPage from '@/unit/pages/handover/index';
import { answerActions, callActionMock, inputsOf } from './cloud-mock';
import { endOfShanghaiDay, enterprise, handoverTask, monthDayOf, stewardLoad } from './org-fixtures';
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
    'org.stewards': () => [wang, li],
    'enterprise.list': (input) => page(input.stewardId === wang.id ? mine : []),
    'handover.create': (input) =>
      ({
        handoverId: 'h1',
        tasks: (input.enterpriseIds ?? mine.map((e) => e.id)).map((id: string, i: number) =>
          handoverTask({ id: `t${i}`, enterpriseId: id, enterpriseName: mine.find((e) => e.id === id)!.name, dueAt: endOfShanghaiDay(4) }),
        ),
      }),
  });
}

const pick = (container: HTMLElement, selector: string, index: number) =>
  fireEvent.change(container.querySelector(`${selector} select`) as HTMLSelectElement, { target: { value: String(index) } });

async function chooseStewards(container: HTMLElement) {
  await screen.findByText('选择被替换的管家');
  pick(container, '.from-steward', 0);
  await screen.findByText('全部企业（3 家）');
  pick(container, '.to-steward', 0);
  expect(container.querySelector('.to-steward .picker-value')?.textContent).toBe('李管家');
}

describe('steward handover', () => {
  it('hands over all enterprises by leaving enterpriseIds out, then lists the tasks with deadlines', async () => {
    answer();
    const { container } = render(<HandoverPage />);
    await chooseStewards(container);

    fireEvent.click(screen.getByRole('button', { name: '确认交接' }));

    expect(await screen.findByText('交接完成')).toBeInTheDocument();
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('全部 3 家企业从 王管家 交接给 李管家') }));
    expect(inputsOf('handover.create')).toEqual([{ fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02' }]);
    const tasks = [...container.querySelectorAll('.handover-result__task')] as HTMLElement[];
    expect(tasks).toHaveLength(3);
    expect(within(tasks[0]).getByText('甲科技有限公司')).toBeInTheDocument();
    expect(within(tasks[0]).getByText(`${monthDayOf(4)}前联系`)).toBeInTheDocument();
    expect(screen.getByText(/第 3 个工作日结束，按国务院公布的节假日和调休安排/)).toBeInTheDocument();
  });

  it('sends exactly the two ticked enterprises', async () => {
    answer();
    const { container } = render(<HandoverPage />);
    await chooseStewards(container);

    fireEvent.click(screen.getByText('全部企业（3 家）'));
    fireEvent.click(screen.getByText('丙金融有限公司'));
    fireEvent.click(screen.getByText('甲科技有限公司'));
    expect(screen.getByText('已选 2 家')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '确认交接' }));

    await screen.findByText('交接完成');
    // In the order the list shows them, whatever the order of ticking.
    expect(inputsOf('handover.create')).toEqual([
      { fromStewardId: 'u-steward-01', toStewardId: 'u-steward-02', enterpriseIds: ['ent-009', 'ent-011'] },
    ]);
    const names = [...container.querySelectorAll('.handover-result__task .handover-task__name')].map((n) => n.textContent);
    expect(names).toEqual(['甲科技有限公司', '丙金融有限公司']);
  });

  it('refuses on the device without stewards or ticked enterprises', async () => {
    answer();
    const { container } = render(<HandoverPage />);
    await screen.findByText('选择被替换的管家');
    fireEvent.click(screen.getByRole('button', { name: '确认交接' }));
    expect(await screen.findByText('请选择原管家')).toBeInTheDocument();
    expect(screen.getByText('请选择接任管家')).toBeInTheDocument();

    await chooseStewards(container);
    fireEvent.click(screen.getByText('全部企业（3 家）'));
    fireEvent.click(screen.getByRole('button', { name: '确认交接' }));
    expect(await screen.findByText('请至少选择一家企业')).toBeInTheDocument();
    expect(callActionMock.mock.calls.filter(([a]) => a === 'handover.create')).toHaveLength(0);
  });

  it('sends nothing when the confirmation is cancelled', async () => {
    answer();
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
    const { container } = render(<HandoverPage />);
    await chooseStewards(container);
    fireEvent.click(screen.getByRole('button', { name: '确认交接' }));
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalled());
    expect(inputsOf('handover.create')).toEqual([]);
    expect(screen.queryByText('交接完成')).not.toBeInTheDocument();
  });
});
