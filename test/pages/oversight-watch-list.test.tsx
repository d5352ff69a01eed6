import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Role } from '@/core/roles';
import { SessionProvider } from '@/hooks/use-session';
import WatchListPage from '@/oversight/pages/demands/index';
import { CloudError } from '@/services/cloud-error';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { demandSummary, page } from './fixtures';

jest.mock('@/services/cloud');
jest.mock('@tarojs/components', () => jest.requireActual('./components-with-date'));

const late = demandSummary({ id: 'd-late', title: '扩产需要新增厂房', enterpriseId: 'ent-001', enterpriseName: '上海联影信息技术有限公司', overdue: true, escalated: true, stewardName: '白丽', departmentName: '区规划资源局', status: 'accepted' });
const fresh = demandSummary({ id: 'd-new', title: '申请人才公寓房源', enterpriseId: 'ent-002', enterpriseName: '上海东方航空科技有限公司', stewardName: '白丽' });

function renderAs(role: Role, params: Record<string, string> = {}, list: (input: Record<string, unknown>) => unknown = () => page([late, fresh])) {
  taroDouble.routerParams = params;
  answerActions({
    'session.me': () => ({ user: { id: 'me', role, name: '某人' } }),
    'org.units': () => [{ id: 'unit-z01', name: '陆家嘴管理局', kind: 'zone' }, { id: 'unit-z02', name: '张江管理局', kind: 'zone' }],
    'org.departments': () => [{ id: 'dept-01', name: '区科经委' }, { id: 'dept-04', name: '区规划资源局' }],
    'demand.list': list,
    'demand.export': () => ({ fileID: 'cloud://x/exports/demands.xlsx', url: 'http://127.0.0.1/local/storage/exports/demands.xlsx', rows: 2 }),
  });
  return render(
    <SessionProvider>
      <WatchListPage />
    </SessionProvider>,
  );
}

const selects = (container: HTMLElement) => [...container.querySelectorAll('select')] as HTMLSelectElement[];

describe('the demand watch list', () => {
  it('lets the district filter by every field, exports exactly that, and opens the demand or its enterprise', async () => {
    const { container } = renderAs('district_admin');
    expect(await screen.findByText('扩产需要新增厂房')).toBeInTheDocument();
    expect(inputsOf('demand.list')[0]).toEqual({ page: 1, pageSize: 20 });
    expect(screen.getByText('已督办')).toBeInTheDocument();
    expect(screen.getByText('已逾期')).toBeInTheDocument();
    expect(screen.getAllByText('管家 白丽')).toHaveLength(2);

    await waitFor(() => expect(selects(container)[2].options.length).toBe(3));
    const [status, category, unit, department] = selects(container);
    fireEvent.change(container.querySelector('.keyword-input')!, { target: { value: ' 联影 ' } });
    fireEvent.change(status, { target: { value: String(1 + 3) } }); // 办理中 (accepted)
    fireEvent.change(category, { target: { value: '3' } }); // 用地/厂房
    fireEvent.change(unit, { target: { value: '1' } });
    await waitFor(() => expect(department.options.length).toBe(3));
    fireEvent.change(department, { target: { value: '2' } });
    const [from, to] = [...container.querySelectorAll('.date-picker-input')] as HTMLInputElement[];
    fireEvent.change(from, { target: { value: '2026-11-01' } });
    fireEvent.change(to, { target: { value: '2026-11-30' } });
    fireEvent.click(screen.getByText('只看逾期'));
    fireEvent.click(screen.getByText('只看督办'));
    fireEvent.click(screen.getByRole('button', { name: '查询' }));
    const filter = { keyword: '联影', status: 'accepted', category: '用地/厂房', unitId: 'unit-z01', departmentId: 'dept-04', from: '2026-11-01', to: '2026-11-30', overdue: true, escalated: true };
    await waitFor(() => expect(inputsOf('demand.list').at(-1)).toEqual({ ...filter, page: 1, pageSize: 20 }));

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '导出 Excel' }));
    });
    expect(inputsOf('demand.export')).toEqual([filter]);
    expect(screen.getByText('下载 Excel（2 条）')).toBeInTheDocument();

    fireEvent.click(screen.getByText('上海联影信息技术有限公司 ›'));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/enterprise-profile/index?id=ent-001' });
    fireEvent.click(screen.getByText('申请人才公寓房源'));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/demand-detail/index?id=d-new' });
  });

  it('starts from what the link names (a count on a home, a steward page), and 清空 starts over', async () => {
    renderAs('unit_admin', { overdue: '1', stewardId: 'u-steward-01', stewardName: encodeURIComponent('白丽') });
    await screen.findByText('扩产需要新增厂房');
    expect(inputsOf('demand.list')[0]).toEqual({ overdue: true, stewardId: 'u-steward-01', page: 1, pageSize: 20 });
    expect(screen.getByText('管家：白丽 ✕')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '清空' }));
    await waitFor(() => expect(inputsOf('demand.list').at(-1)).toEqual({ page: 1, pageSize: 20 }));
    expect(screen.queryByText('管家：白丽 ✕')).not.toBeInTheDocument();
  });

  it('gives a unit admin no unit to choose (its own is the scope)', async () => {
    const { container } = renderAs('unit_admin');
    await screen.findByText('扩产需要新增厂房');
    await waitFor(() => expect(selects(container).at(-1)!.options.length).toBe(3));
    expect(selects(container).map((s) => s.options[0].textContent)).toEqual(['全部状态', '全部类别', '全部部门']);
    expect(inputsOf('org.units')).toEqual([]);
  });

  it('refuses a period that runs backwards, and says what the server refused', async () => {
    const { container } = renderAs('district_admin', {}, (input) => {
      if (input.keyword) throw new CloudError('VALIDATION_FAILED', '名称含该关键词的企业超过 50 家，请输入更完整的企业名称');
      return page([]);
    });
    expect(await screen.findByText('没有符合条件的诉求')).toBeInTheDocument();
    const [from, to] = [...container.querySelectorAll('.date-picker-input')] as HTMLInputElement[];
    fireEvent.change(from, { target: { value: '2026-11-30' } });
    fireEvent.change(to, { target: { value: '2026-11-01' } });
    fireEvent.click(screen.getByRole('button', { name: '查询' }));
    expect(await screen.findByText('开始日期不能晚于结束日期')).toBeInTheDocument();
    expect(inputsOf('demand.list')).toHaveLength(1);
    fireEvent.change(to, { target: { value: '' } });
    fireEvent.change(container.querySelector('.keyword-input')!, { target: { value: '上海' } });
    fireEvent.click(screen.getByRole('button', { name: '查询' }));
    expect(await screen.findByText('名称含该关键词的企业超过 50 家，请输入更完整的企业名称')).toBeInTheDocument();
  });
});
