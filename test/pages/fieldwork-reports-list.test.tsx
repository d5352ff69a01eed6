import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Role } from '@/core/roles';
import DistrictReportsPage from '@/district/pages/reports/index';
import ReportsPage from '@/fieldwork/pages/reports/index';
import { SessionProvider } from '@/hooks/use-session';
import { taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';
import { reportView } from './fieldwork-fixtures';
import { page } from './fixtures';

jest.mock('@/services/cloud');
jest.mock('@tarojs/components', () => jest.requireActual('./components-with-date'));

const risky = reportView({ id: 'r-risk', category: '企业迁入迁出', summary: '迁出（部分）至江苏省苏州市', risk: true, riskReason: '企业计划部分迁出至江苏省苏州市' });
const plain = reportView({ id: 'r-plain' });

function renderList(role: Role) {
  taroDouble.routerParams = {};
  answerActions({
    'session.me': () => ({ user: { id: 'me', role, name: '某人' } }),
    'report.list': (input) => page(input.riskOnly ? [risky] : [risky, plain]),
    'report.export': () => ({ fileID: 'cloud://x/exports/r.xlsx', url: 'http://127.0.0.1/local/storage/exports/r.xlsx', rows: 1 }),
  });
  return render(
    <SessionProvider>
      <ReportsPage />
    </SessionProvider>,
  );
}

describe('reports list', () => {
  it('shows a unit admin the risk reports first, and exports them', async () => {
    renderList('unit_admin');
    expect(await screen.findByText('企业计划部分迁出至江苏省苏州市')).toBeInTheDocument();
    expect(inputsOf('report.list')[0]).toMatchObject({ riskOnly: true });
    expect(screen.queryByText('2024年一季度营业收入增长12%')).not.toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '导出' }));
    });
    expect(inputsOf('report.export')).toEqual([{ riskOnly: true }]);
    expect(screen.getByText('下载 Excel（1 条）')).toBeInTheDocument();

    fireEvent.click(screen.getByText('全部报送'));
    expect(await screen.findByText('2024年一季度营业收入增长12%')).toBeInTheDocument();
  });

  it('shows a steward its own reports, all first, with the way to report', async () => {
    renderList('steward');
    expect(await screen.findByText('2024年一季度营业收入增长12%')).toBeInTheDocument();
    expect(inputsOf('report.list')[0]).not.toHaveProperty('riskOnly', true);
    expect(screen.getByText('风险提示', { selector: '.risk-flag' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '导出' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '报送' }));
    expect(taroDouble.lastNavigation()?.url).toBe('/fieldwork/pages/report-new/index');
  });
});

describe('district reports', () => {
  it('filters by category, unit and period, and exports what the filter selects', async () => {
    answerActions({
      'org.units': () => [{ id: 'unit-z01', name: '陆家嘴管理局', kind: 'zone' }],
      'report.list': () => page([risky]),
      'report.export': () => ({ fileID: 'f', url: 'http://127.0.0.1/local/storage/exports/r.xlsx', rows: 3 }),
    });
    const { container } = render(<DistrictReportsPage />);
    expect(await screen.findByText('企业计划部分迁出至江苏省苏州市')).toBeInTheDocument();
    const [category, unit] = [...container.querySelectorAll('select')] as HTMLSelectElement[];
    fireEvent.change(category, { target: { value: '5' } });
    await waitFor(() => expect(container.querySelectorAll('select')[1].options.length).toBe(2));
    fireEvent.change(unit, { target: { value: '1' } });
    const [from, to] = [...container.querySelectorAll('.date-picker-input')] as HTMLInputElement[];
    fireEvent.change(from, { target: { value: '2024-05-01' } });
    fireEvent.change(to, { target: { value: '2024-05-31' } });
    fireEvent.click(screen.getByText('只看风险提示'));
    fireEvent.click(screen.getByRole('button', { name: '查询' }));
    const filter = { category: '企业迁入迁出', unitId: 'unit-z01', from: '2024-05-01', to: '2024-05-31', riskOnly: true };
    await waitFor(() => expect(inputsOf('report.list').at(-1)).toEqual({ ...filter, page: 1, pageSize: 20 }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '导出 Excel' }));
    });
    expect(inputsOf('report.export')).toEqual([filter]);
    expect(screen.getByText('下载 Excel（3 条）')).toBeInTheDocument();
  });

  it('refuses a period that ends before it starts', async () => {
    answerActions({ 'org.units': () => [], 'report.list': () => page([]) });
    const { container } = render(<DistrictReportsPage />);
    await screen.findByText('没有符合条件的报送');
    const [from, to] = [...container.querySelectorAll('.date-picker-input')] as HTMLInputElement[];
    fireEvent.change(from, { target: { value: '2024-06-01' } });
    fireEvent.change(to, { target: { value: '2024-05-01' } });
    fireEvent.click(screen.getByRole('button', { name: '查询' }));
    expect(await screen.findByText('开始日期不能晚于结束日期')).toBeInTheDocument();
  });
});
