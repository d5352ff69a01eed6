import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Role } from '@/core/roles';
import { SessionProvider } from '@/hooks/use-session';
import FiguresPage from '@/oversight/pages/figures/index';
import { CloudError } from '@/services/cloud-error';
import { taroDouble } from '../doubles/taro';
import { chartTexts, renderChartAnswer } from './chart-images';
import { answerActions, inputsOf } from './cloud-mock';
import { departmentRanking, figures, stewardRanking, trend, unitRanking } from './figures-fixtures';

jest.mock('@/services/cloud');
// Each screen draws several charts (chart.render answered by the server's SVG drawing) beside some seventy figures: queries over it take a few seconds.
jest.setTimeout(20_000);
jest.mock('@tarojs/components', () => jest.requireActual('./components-with-date'));

type Handlers = Parameters<typeof answerActions>[0];

function renderAs(role: Role, handlers: Handlers = {}, params: Record<string, string> = {}) {
  taroDouble.routerParams = params;
  answerActions({
    'session.me': () => ({ user: { id: 'me', role, name: '某人', unitId: 'unit-z01' } }),
    'figures.get': (input) => figures(input),
    'figures.trend': () => trend(),
    'figures.ranking': (input) => (input.of === 'units' ? unitRanking() : input.of === 'departments' ? departmentRanking() : stewardRanking(input)),
    'org.units': () => [{ id: 'unit-z01', name: '陆家嘴管理局', kind: 'zone' }, { id: 'unit-z02', name: '张江管理局', kind: 'zone' }],
    'org.stewards': () => [{ id: 'u-steward-01', name: '白丽' }, { id: 'u-steward-02', name: '秦超' }],
    ...handlers,
  });
  return render(
    <SessionProvider>
      <FiguresPage />
    </SessionProvider>,
  );
}

const card = (title: string) => screen.getByText(title).closest('.card') as HTMLElement;

describe('the figures screen', () => {
  it('shows the district this month: every figure, the satisfaction chart, the trend, unit ranking and departments on time', async () => {
    renderAs('district_admin');
    expect(await screen.findByText('浦东新区 · 2026年11月')).toBeInTheDocument();
    expect(inputsOf('figures.get')).toEqual([{ period: { kind: 'month' }, slice: {} }]);
    expect(inputsOf('figures.trend')).toEqual([{ slice: {}, months: 12 }]);
    expect(inputsOf('figures.ranking')).toEqual([{ of: 'units', period: { kind: 'month' } }, { of: 'departments', period: { kind: 'month' } }]);

    // The satisfaction chart draws the five levels and auto-closed apart.
    const satisfaction = await waitFor(() => chartTexts(card('企业评价分布（2026年11月）'), '企业评价分布'));
    expect(satisfaction).toEqual(expect.arrayContaining(['非常满意', '非常不满意', '自动关闭', '首次评价 7 件；超期未评价自动关闭 2 件，不计入评价']));
    // The trend draws counts and rates by month; rankings name the units and departments.
    const trendCard = (await screen.findByText('浦东新区近 12 个月走势')).closest('.card') as HTMLElement;
    const [counts, rates] = await waitFor(() => [chartTexts(trendCard, '数量走势'), chartTexts(trendCard, '比率走势')]);
    expect(counts).toEqual(expect.arrayContaining(['受理诉求', '2026年9月']));
    expect(rates).toEqual(expect.arrayContaining(['按时办结率', '2026年9月']));
    await screen.findByText('属地单位综合排名');
    expect(await waitFor(() => chartTexts(card('属地单位综合排名'), '属地单位综合排名'))).toEqual(expect.arrayContaining(['1. 陆家嘴管理局', '另有 1 个无数据，不参与排名']));
    await screen.findByText('各部门办理按时率');
    expect(await waitFor(() => chartTexts(card('各部门办理按时率'), '各部门办理按时率'))).toContain('区税务局');
    // Each chart is asked for at a phone card's width and its own height, from the option the page built.
    expect(inputsOf('chart.render').map((i) => [i.width, typeof i.option])).toEqual(Array(5).fill([360, 'object']));

    // Each figure with its value and change, its 口径 a tap away.
    const row = document.querySelector('.figure-row--satisfiedRate') as HTMLElement;
    expect(within(row).getByText('71.4%')).toBeInTheDocument();
    expect(within(row).queryByText(/^口径：/)).not.toBeInTheDocument();
    fireEvent.click(within(row).getByText('口径 ›'));
    expect(within(row).getByText(/^口径：首次评价为“非常满意”或“满意”的诉求 ÷ 首次评价的诉求/)).toBeInTheDocument();
    fireEvent.click(within(row).getByText('收起口径'));
    expect(within(row).queryByText(/^口径：/)).not.toBeInTheDocument();
  });

  it('switches the period: a quarter, a chosen day, a custom range only once both ends are chosen', async () => {
    const { container } = renderAs('district_admin');
    await screen.findByText('浦东新区 · 2026年11月');
    fireEvent.click(screen.getByText('季度'));
    expect(await screen.findByText('浦东新区 · 2026年第四季度')).toBeInTheDocument();
    expect(inputsOf('figures.get').at(-1)).toEqual({ period: { kind: 'quarter' }, slice: {} });
    expect(inputsOf('figures.ranking').slice(-2).map((i) => i.period)).toEqual([{ kind: 'quarter' }, { kind: 'quarter' }]);
    // The trend is by month whatever the period: not fetched again.
    expect(inputsOf('figures.trend')).toHaveLength(1);

    fireEvent.click(screen.getByText('自定义'));
    expect(await screen.findByText('请选择自定义统计期的开始和结束日期')).toBeInTheDocument();
    const calls = inputsOf('figures.get').length;
    const [from, to] = [...container.querySelectorAll('.figures-period .date-picker-input')] as HTMLInputElement[];
    fireEvent.change(from, { target: { value: '2026-10-08' } });
    expect(screen.getByText('请选择自定义统计期的开始和结束日期')).toBeInTheDocument();
    expect(inputsOf('figures.get')).toHaveLength(calls);
    fireEvent.change(to, { target: { value: '2026-11-07' } });
    expect(await screen.findByText('浦东新区 · 2026年10月8日—11月7日')).toBeInTheDocument();
    expect(inputsOf('figures.get').at(-1)).toEqual({ period: { kind: 'custom', from: '2026-10-08', to: '2026-11-07' }, slice: {} });

    // Back to a month, containing a chosen day.
    fireEvent.click(screen.getByText('月'));
    fireEvent.change(container.querySelector('.figures-period .date-picker-input') as HTMLInputElement, { target: { value: '2026-09-15' } });
    expect(await screen.findByText('浦东新区 · 2026年9月')).toBeInTheDocument();
    expect(inputsOf('figures.get').at(-1)).toEqual({ period: { kind: 'month', date: '2026-09-15' }, slice: {} });
  });

  it('lets the district pick a unit, and then ranks that unit\'s stewards', async () => {
    const { container } = renderAs('district_admin');
    await screen.findByText('浦东新区 · 2026年11月');
    fireEvent.click(screen.getByText('属地单位'));
    expect(await screen.findByText('请选择属地单位')).toBeInTheDocument();
    const picker = await waitFor(() => {
      const select = container.querySelector('.figures-slice select') as HTMLSelectElement;
      expect(select.options).toHaveLength(2);
      return select;
    });
    answerActions({
      'session.me': () => ({ user: { id: 'me', role: 'district_admin', name: '某人' } }),
      'figures.get': (input) => figures(input, { dimension: 'unit', id: 'unit-z02', name: '张江管理局' }),
      'figures.trend': () => trend({ dimension: 'unit', id: 'unit-z02', name: '张江管理局' }),
      'figures.ranking': (input) => stewardRanking(input),
      'org.units': () => [{ id: 'unit-z01', name: '陆家嘴管理局', kind: 'zone' }, { id: 'unit-z02', name: '张江管理局', kind: 'zone' }],
    });
    fireEvent.change(picker, { target: { value: '1' } });
    expect(await screen.findByText('张江管理局 · 2026年11月')).toBeInTheDocument();
    expect(inputsOf('figures.get').at(-1)).toEqual({ period: { kind: 'month' }, slice: { dimension: 'unit', id: 'unit-z02' } });
    expect(inputsOf('figures.ranking').at(-1)).toEqual({ of: 'stewards', period: { kind: 'month' }, unitId: 'unit-z02', page: 1, pageSize: 20 });
    await screen.findByText('张江管理局管家综合排名');
    expect(await waitFor(() => chartTexts(card('张江管理局管家综合排名'), '张江管理局管家综合排名（前 20 名）'))).toContain('1. 白丽');
    expect(screen.queryByText('属地单位综合排名')).not.toBeInTheDocument();
  });

  it('shows a steward their own figures, with no slice choice and no rankings', async () => {
    renderAs('steward', { 'figures.get': (input) => figures(input, { dimension: 'steward', id: 'me', name: '白丽' }) });
    expect(await screen.findByText('白丽 · 2026年11月')).toBeInTheDocument();
    expect(screen.queryByText('属地单位')).not.toBeInTheDocument();
    expect(inputsOf('figures.ranking')).toEqual([]);
  });

  it('says when a period has no rating and no trend, and lets a failed load be retried', async () => {
    renderAs('unit_admin', {
      'figures.get': (input) => figures(input, { dimension: 'unit', id: 'unit-z01', name: '陆家嘴管理局' }, [0, 0, 0, 0, 0], 0),
      'figures.trend': () => { throw new CloudError('INTERNAL', '服务繁忙'); },
    });
    expect(await screen.findByText('本期没有企业评价')).toBeInTheDocument();
    expect(await screen.findByText('服务繁忙，点击重试')).toBeInTheDocument();
    expect(await screen.findByText('陆家嘴管理局管家综合排名')).toBeInTheDocument();
    expect(inputsOf('figures.ranking')).toEqual([{ of: 'stewards', period: { kind: 'month' }, page: 1, pageSize: 20 }]);
  });

  it('shows a unit admin the kept steward ranking: when it was computed, a chart of the first 20, and every steward a page at a time', async () => {
    renderAs('unit_admin', {
      'figures.get': (input) => figures(input, { dimension: 'unit', id: 'unit-z01', name: '陆家嘴管理局' }),
      'figures.ranking': (input) => stewardRanking(input, 43),
    });
    const title = '陆家嘴管理局管家综合排名';
    await screen.findByText(title);
    const ranking = () => card(title);
    expect(await within(ranking()).findByText(/^排名截至 (2026-11-20 )?09:05，每小时更新；共 45 名管家，42 名参与排名$/)).toBeInTheDocument();
    // The chart: the first 20 ranked, the unranked counted in its note.
    const bars = await waitFor(() => chartTexts(ranking(), `${title}（前 20 名）`));
    expect(bars).toEqual(expect.arrayContaining(['1. 白丽', '20. 管家18', '另有 3 个无数据，不参与排名']));
    expect(bars).not.toContain('21. 管家19');
    // The list: the first page, then more on 加载更多, to the end.
    const names = () => [...ranking().querySelectorAll('.steward-ranking-row')].map((r) => r.textContent);
    expect(names()).toHaveLength(20);
    expect(names()[0]).toMatch(/^1白丽/);
    fireEvent.click(within(ranking()).getByText('加载更多'));
    await waitFor(() => expect(names()).toHaveLength(40));
    expect(names()[20]).toMatch(/^21管家19/);
    await act(() => taroDouble.reachBottom());
    await waitFor(() => expect(names()).toHaveLength(45));
    expect(names()[44]).toMatch(/^—管家42.*无数据$/);
    expect(within(ranking()).getByText('没有更多了')).toBeInTheDocument();
    expect(inputsOf('figures.ranking').map((i) => [i.page, i.pageSize])).toEqual([[1, 20], [2, 20], [3, 20]]);
  });

  it('shows the error with 重试 when the figures fail, and loads again', async () => {
    let fail = true;
    renderAs('district_admin', { 'figures.get': (input) => { if (fail) throw new CloudError('INTERNAL', '服务繁忙'); return figures(input); } });
    expect(await screen.findByText('加载失败')).toBeInTheDocument();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('浦东新区 · 2026年11月')).toBeInTheDocument();
  });

  it('holds a chart\'s place while it is drawn, says when drawing failed, and draws it on 重试', async () => {
    let draw: (() => void) | undefined;
    let failures = 1;
    renderAs('steward', {
      // Ratings no other test draws: this chart is not among those already drawn this session.
      'figures.get': (input) => figures(input, { dimension: 'steward', id: 'me', name: '白丽' }, [4, 0, 0, 0, 1], 0),
      'chart.render': (input) => {
        if (input.height !== 220) return renderChartAnswer(input);
        if (failures-- > 0) throw new CloudError('INTERNAL', '服务繁忙');
        return new Promise((resolve) => (draw = () => resolve(renderChartAnswer(input))));
      },
    });
    const satisfaction = () => card('企业评价分布（2026年11月）');
    await screen.findByText('白丽 · 2026年11月');
    expect(await within(satisfaction()).findByText('企业评价分布未能显示：服务繁忙')).toBeInTheDocument();
    fireEvent.click(within(satisfaction()).getByRole('button', { name: '重试' }));
    // Drawing: a placeholder as tall as the chart.
    expect(await within(satisfaction()).findByText('图表绘制中…')).toBeInTheDocument();
    expect((satisfaction().querySelector('.chart__placeholder') as HTMLElement).style.height).toBe('220px');
    await waitFor(() => expect(draw).toBeDefined());
    await act(async () => draw!());
    expect(await waitFor(() => chartTexts(satisfaction(), '企业评价分布'))).toEqual(expect.arrayContaining(['非常满意', '非常不满意']));
    expect(within(satisfaction()).queryByText('图表绘制中…')).not.toBeInTheDocument();
    expect(inputsOf('chart.render').filter((i) => i.height === 220)).toHaveLength(2);
  });

  it('refreshes on pull-down', async () => {
    renderAs('district_admin');
    await screen.findByText('浦东新区 · 2026年11月');
    await waitFor(() => expect(inputsOf('figures.ranking')).toHaveLength(2));
    await act(() => taroDouble.pullDownRefresh());
    expect(inputsOf('figures.get')).toHaveLength(2);
    expect(inputsOf('figures.trend')).toHaveLength(2);
  });
});
