import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import DepartmentDemandsPage from '@/department/pages/demands/index';
import DemandExtendPage from '@/department/pages/demand-extend/index';
import DemandReroutePage from '@/district/pages/demand-reroute/index';
import DemandReviewPage from '@/steward/pages/demand-review/index';
import StewardDemandsPage from '@/steward/pages/demands/index';
import { CloudError } from '@/services/cloud-error';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { demandDetail, demandSummary, page } from './fixtures';

jest.mock('@tarojs/components', () => jest.requireActual('./components-with-date'));
jest.mock('@/services/cloud');

const DEPARTMENTS = [
  { id: 'dept-01', name: '区科经委' },
  { id: 'dept-03', name: '区商务委' },
];

describe('steward review', () => {
  beforeEach(() => {
    taroDouble.routerParams = { id: 'd1', mode: 'dispatch' };
  });

  it('requires a department and a complexity before dispatching', async () => {
    answerActions({ 'demand.get': () => demandDetail({ status: 'submitted', version: 1, steps: ['return', 'dispatch'] }), 'org.departments': () => DEPARTMENTS });
    render(<DemandReviewPage />);
    fireEvent.click(await screen.findByRole('button', { name: '确认派单' }));
    expect(await screen.findByText('请选择承办部门')).toHaveClass('field-error--departmentId');
    expect(screen.getByText('请选择办理类型')).toHaveClass('field-error--complexity');
    expect(inputsOf('demand.dispatch')).toHaveLength(0);
  });

  it('dispatches to the chosen department as a simple or complex demand, with the version', async () => {
    answerActions({
      'demand.get': () => demandDetail({ status: 'submitted', version: 1, steps: ['return', 'dispatch'] }),
      'org.departments': () => DEPARTMENTS,
      'demand.dispatch': () => ({ id: 'd1', status: 'dispatched', version: 2 }),
    });
    render(<DemandReviewPage />);
    await screen.findByText('区科经委');
    fireEvent.change(screen.getByRole('combobox'), { target: { value: '1' } });
    fireEvent.click(screen.getByText('复杂件'));
    fireEvent.change(screen.getByPlaceholderText(/给承办部门的说明/), { target: { value: '涉及外资政策' } });
    fireEvent.click(screen.getByRole('button', { name: '确认派单' }));
    await waitFor(() =>
      expect(inputsOf('demand.dispatch')).toEqual([{ id: 'd1', version: 1, departmentId: 'dept-03', complexity: 'complex', note: '涉及外资政策' }]),
    );
    expect(taroDouble.toasts).toContainEqual({ title: '已派单', icon: 'success' });
  });

  it('returns to the enterprise with a reason', async () => {
    taroDouble.routerParams = { id: 'd1', mode: 'return' };
    answerActions({
      'demand.get': () => demandDetail({ status: 'submitted', version: 1, steps: ['return', 'dispatch'] }),
      'org.departments': () => DEPARTMENTS,
      'demand.return': () => ({ id: 'd1', status: 'returned', version: 2 }),
    });
    render(<DemandReviewPage />);
    fireEvent.click(await screen.findByRole('button', { name: '确认退回' }));
    expect(await screen.findByText('请填写退回原因')).toBeInTheDocument();
    fireEvent.change(screen.getByPlaceholderText(/需要补充或修改什么/), { target: { value: '请补充具体面积和时间要求' } });
    fireEvent.click(screen.getByRole('button', { name: '确认退回' }));
    await waitFor(() => expect(inputsOf('demand.return')).toEqual([{ id: 'd1', version: 1, reason: '请补充具体面积和时间要求' }]));
  });

  it('on a CONFLICT shows the message and, the demand having moved on, says the review is closed', async () => {
    let calls = 0;
    answerActions({
      'demand.get': () => (++calls === 1 ? demandDetail({ status: 'submitted', version: 1, steps: ['return', 'dispatch'] }) : demandDetail({ status: 'withdrawn', version: 2, steps: [] })),
      'org.departments': () => DEPARTMENTS,
      'demand.return': () => {
        throw new CloudError('CONFLICT', '诉求已被他人更新，请刷新后查看最新状态再操作');
      },
    });
    taroDouble.routerParams = { id: 'd1', mode: 'return' };
    render(<DemandReviewPage />);
    fireEvent.change(await screen.findByPlaceholderText(/需要补充或修改什么/), { target: { value: '请补充具体面积和时间要求' } });
    fireEvent.click(screen.getByRole('button', { name: '确认退回' }));
    expect(await screen.findByText('当前不能审核派单')).toBeInTheDocument();
    expect(taroDouble.toasts).toContainEqual({ title: '诉求已被他人更新，请刷新后查看最新状态再操作', icon: 'none' });
    expect(inputsOf('demand.get')).toHaveLength(2);
  });
});

describe('steward demand list', () => {
  it('filters by status from the link, by category and to the overdue ones, and marks overdue rows', async () => {
    taroDouble.routerParams = { status: 'submitted' };
    answerActions({ 'demand.list': () => page([demandSummary({ id: 'd1', overdue: true, departmentName: '区商务委' })]) });
    render(<StewardDemandsPage />);
    const row = (await screen.findByText('申请研发费用加计扣除政策辅导')).closest('.demand-item') as HTMLElement;
    expect(row).toHaveClass('demand-item--overdue');
    expect(within(row).getByText('已逾期')).toBeInTheDocument();
    expect(document.querySelector('.tabs__tab--active')).toHaveTextContent('待审核');

    fireEvent.change(screen.getByRole('combobox'), { target: { value: '2' } });
    await waitFor(() => expect(inputsOf('demand.list')).toHaveLength(2));
    fireEvent.click(screen.getByText('只看逾期'));
    await waitFor(() => expect(inputsOf('demand.list')).toHaveLength(3));
    expect(inputsOf('demand.list')).toEqual([
      { status: 'submitted', page: 1, pageSize: 10 },
      { status: 'submitted', category: '融资', page: 1, pageSize: 10 },
      { status: 'submitted', category: '融资', overdue: true, page: 1, pageSize: 10 },
    ]);
  });
});

describe('department workspace', () => {
  it('lists the department\'s demands by stage, starting with those to accept', async () => {
    answerActions({ 'demand.list': () => page([demandSummary({ status: 'dispatched' })]) });
    render(<DepartmentDemandsPage />);
    await screen.findByText('申请研发费用加计扣除政策辅导');
    expect([...document.querySelectorAll('.tabs__tab')].map((t) => t.textContent)).toEqual(['待受理', '办理中', '待企业补充', '整改中', '已办结', '已关闭', '全部']);
    expect(inputsOf('demand.list')).toEqual([{ status: 'dispatched', page: 1, pageSize: 10 }]);
  });

  it('extends with a reason and a working day later than the current deadline, on the district calendar', async () => {
    taroDouble.routerParams = { id: 'd1' };
    answerActions({
      'demand.get': () =>
        demandDetail({ version: 6, steps: ['progress', 'extend', 'resolve'], due: { stage: 'resolve', label: '部门办结', dueAt: '2026-12-04T15:59:59.999Z', overdue: false } }),
      'demand.extend': () => ({ id: 'd1', status: 'accepted', version: 7 }),
      // The district declared Wednesday 9 December a day off.
      'calendar.overrides': () => ({ '2026-12-09': false }),
    });
    render(<DemandExtendPage />);
    expect(await screen.findByText('当前办结期限：12月4日')).toBeInTheDocument();

    fireEvent.change(document.querySelector('.date-picker-input') as HTMLElement, { target: { value: '2026-12-03' } });
    fireEvent.click(screen.getByRole('button', { name: '确认延期' }));
    expect(await screen.findByText('应晚于原办结期限')).toBeInTheDocument();
    expect(screen.getByText('请填写延期理由')).toBeInTheDocument();

    fireEvent.change(document.querySelector('.date-picker-input') as HTMLElement, { target: { value: '2026-12-12' } });
    fireEvent.click(screen.getByRole('button', { name: '确认延期' }));
    expect(await screen.findByText('请选择一个工作日')).toBeInTheDocument();
    await waitFor(() => expect(inputsOf('calendar.overrides')).toEqual([{ from: '2026-12-04', to: '2027-12-04' }]));
    fireEvent.change(document.querySelector('.date-picker-input') as HTMLElement, { target: { value: '2026-12-09' } });
    fireEvent.click(screen.getByRole('button', { name: '确认延期' }));
    expect(await screen.findByText('请选择一个工作日')).toBeInTheDocument();

    // 5 working days after Friday 4 December 2026, without Wednesday 9, is Monday 14 December.
    fireEvent.click(screen.getByText('再延 5 个工作日'));
    fireEvent.change(screen.getByPlaceholderText(/为何需要延期/), { target: { value: '需市级部门会商' } });
    fireEvent.click(screen.getByRole('button', { name: '确认延期' }));
    await waitFor(() => expect(inputsOf('demand.extend')).toEqual([{ id: 'd1', version: 6, reason: '需市级部门会商', newDueDate: '2026-12-14' }]));
  });
});

describe('district re-routing', () => {
  it('lists the demands waiting to be re-routed', async () => {
    answerActions({ 'demand.list': () => page([demandSummary({ status: 'rerouting' })]) });
    render(<DemandReroutePage />);
    await screen.findByText('申请研发费用加计扣除政策辅导');
    expect(inputsOf('demand.list')).toEqual([{ status: 'rerouting', page: 1, pageSize: 10 }]);
  });

  it('asks why when re-routing to the department that returned it, then sends the reassignment', async () => {
    taroDouble.routerParams = { id: 'd1' };
    answerActions({
      'demand.get': () =>
        demandDetail({
          status: 'rerouting',
          version: 4,
          steps: ['reassign'],
          returnedBy: ['dept-03'],
          timeline: [{ at: '2026-11-26T02:00:00.000Z', actorName: '专员', actorRole: 'department', kind: 'returned_by_department', text: '区商务委认为不属于本部门职责并退回：应由科经委办理。区科经委将重新指定承办部门' }],
        }),
      'org.departments': () => DEPARTMENTS,
      'demand.reassign': () => ({ id: 'd1', status: 'dispatched', version: 5 }),
    });
    render(<DemandReroutePage />);
    expect(await screen.findByText('已退回过的部门：区商务委')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '确认重新派单' }));
    expect(await screen.findByText('请选择承办部门')).toBeInTheDocument();

    fireEvent.change(screen.getByRole('combobox'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: '确认重新派单' }));
    expect(await screen.findByText('请说明为何仍由该部门办理')).toBeInTheDocument();

    fireEvent.change(screen.getByRole('combobox'), { target: { value: '0' } });
    fireEvent.click(screen.getByText('简单件'));
    fireEvent.click(screen.getByRole('button', { name: '确认重新派单' }));
    await waitFor(() => expect(inputsOf('demand.reassign')).toEqual([{ id: 'd1', version: 4, departmentId: 'dept-01', complexity: 'simple', note: '' }]));
  });
});
