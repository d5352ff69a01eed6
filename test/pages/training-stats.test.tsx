import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { TRAINING_YEARS } from '@/components/training/training-stats-parts';
import type { StewardTrainingStats, TrainingStatsRow, UnitTrainingStats } from '@/core/training/training.model';
import DistrictTrainingStatsPage from '@/district/pages/training-stats/index';
import { CloudError, NETWORK_ERROR_MESSAGE } from '@/services/cloud-error';
import UnitTrainingPage from '@/unit/pages/training/index';
import { stopPullDownRefresh, taroDouble } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';

jest.mock('@/services/cloud');

const YEAR = TRAINING_YEARS[0].year;
type Query = { year: number; unitId?: string; view: 'overdue' | 'all'; page: number; pageSize: number };

const row = (subjectId: string, name: string, counters: Partial<TrainingStatsRow> = {}): TrainingStatsRow => ({
  subjectId, name, hours: 0, completed: 0, requiredAssigned: 0, requiredCompleted: 0, overdue: 0, completionRate: null, ...counters,
});
const TOTAL = row('unit-z01', '陆家嘴管理局', { hours: 12, completed: 6, requiredAssigned: 10, requiredCompleted: 6, overdue: 3, completionRate: 0.6 });
const OVERDUE = [row('s1', '孙杰', { requiredAssigned: 3, overdue: 2, completionRate: 0 }), row('s2', '王磊', { requiredAssigned: 2, requiredCompleted: 1, overdue: 1, completionRate: 0.5 })];
/** Twenty-one stewards: a full page of 20, then one more. */
const ALL = Array.from({ length: 21 }, (_, i) => row(`a${String(i).padStart(2, '0')}`, `管家${String(i).padStart(2, '0')}`, { hours: i }));

/** The server's answer: the total, and the asked page of the asked view. */
const answer = (q: Query, rows: Record<Query['view'], TrainingStatsRow[]> = { overdue: OVERDUE, all: ALL }): StewardTrainingStats => {
  const from = (q.page - 1) * q.pageSize;
  const items = rows[q.view].slice(from, from + q.pageSize);
  return { year: q.year, rows: 'steward', unitId: 'unit-z01', view: q.view, total: TOTAL, stewards: { items, page: q.page, pageSize: q.pageSize, hasMore: rows[q.view].length > from + q.pageSize } };
};
const listCalls = () => inputsOf('training.stats').filter((q) => q.pageSize !== 1);
const totalCalls = () => inputsOf('training.stats').filter((q) => q.pageSize === 1);
const names = () => [...document.querySelectorAll('.training-stats-list .training-stats-row__name')].map((n) => n.textContent);

describe('the unit\'s training stats', () => {
  it('shows the unit\'s total and, first, the stewards with overdue required courses', async () => {
    answerActions({ 'training.stats': answer });
    render(<UnitTrainingPage />);

    expect(await screen.findByText('孙杰')).toBeInTheDocument();
    expect(names()).toEqual(['孙杰', '王磊']);
    const total = document.querySelector('.training-stats-total')!;
    await waitFor(() => expect(total).toHaveTextContent('陆家嘴管理局'));
    expect(total).toHaveTextContent('60%');
    expect(total).toHaveTextContent('必修 6/10');
    expect(total).toHaveTextContent('逾期 3');
    expect(document.querySelector('.training-stats-list')).toHaveTextContent('逾期 2');
    expect(screen.getByText('没有更多了')).toBeInTheDocument();
    expect(totalCalls()).toEqual([{ year: YEAR, view: 'overdue', page: 1, pageSize: 1 }]);
    expect(listCalls()).toEqual([{ year: YEAR, view: 'overdue', page: 1, pageSize: 20 }]);
  });

  it('lists every steward by the page on the other tab, loading the next at the bottom, without reloading the total', async () => {
    answerActions({ 'training.stats': answer });
    render(<UnitTrainingPage />);
    await screen.findByText('孙杰');

    fireEvent.click(screen.getByText('全部管家'));
    expect(await screen.findByText('管家00')).toBeInTheDocument();
    expect(names()).toHaveLength(20);
    expect(screen.queryByText('孙杰')).not.toBeInTheDocument();
    expect(screen.getByText('加载更多')).toBeInTheDocument();

    await act(() => taroDouble.reachBottom());
    expect(await screen.findByText('管家20')).toBeInTheDocument();
    expect(names()).toEqual(ALL.map((r) => r.name));
    expect(screen.getByText('没有更多了')).toBeInTheDocument();
    expect(listCalls().slice(1)).toEqual([{ year: YEAR, view: 'all', page: 1, pageSize: 20 }, { year: YEAR, view: 'all', page: 2, pageSize: 20 }]);
    expect(totalCalls()).toHaveLength(1);
  });

  it('says so when nobody is overdue, and loads last year\'s total and list on its tab', async () => {
    answerActions({ 'training.stats': (q: Query) => answer(q, { overdue: [], all: ALL }) });
    render(<UnitTrainingPage />);
    expect(await screen.findByText('没有逾期未完成必修课程的管家')).toBeInTheDocument();

    fireEvent.click(screen.getByText(TRAINING_YEARS[1].label));
    await waitFor(() => expect(totalCalls().at(-1)).toEqual({ year: YEAR - 1, view: 'overdue', page: 1, pageSize: 1 }));
    await waitFor(() => expect(listCalls().at(-1)).toEqual({ year: YEAR - 1, view: 'overdue', page: 1, pageSize: 20 }));
  });

  it('shows a failed first load with a retry, and pull to refresh reloads the total and the first page', async () => {
    let fail = true;
    answerActions({
      'training.stats': (q: Query) => {
        if (fail && q.pageSize !== 1) throw new CloudError('NETWORK', NETWORK_ERROR_MESSAGE);
        return answer(q);
      },
    });
    render(<UnitTrainingPage />);
    expect(await screen.findByText(NETWORK_ERROR_MESSAGE)).toBeInTheDocument();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('孙杰')).toBeInTheDocument();

    await act(() => taroDouble.pullDownRefresh());
    expect(stopPullDownRefresh).toHaveBeenCalled();
    expect(totalCalls()).toHaveLength(2);
    expect(listCalls()).toHaveLength(3);
  });
});

describe('the district\'s training stats', () => {
  const units = (q: Query): UnitTrainingStats => ({
    year: q.year, rows: 'unit', total: row('all', '全区', { hours: 30 }),
    items: [row('unit-z01', '陆家嘴管理局', { overdue: 3 }), row('unit-t01', '塘桥街道', { hours: 30 })],
  });

  it('lists every unit at once and opens one\'s stewards', async () => {
    answerActions({ 'training.stats': units });
    render(<DistrictTrainingStatsPage />);
    fireEvent.click(await screen.findByText('陆家嘴管理局'));
    expect(taroDouble.lastNavigation()).toEqual({ kind: 'navigateTo', url: '/district/pages/training-stats/index?unitId=unit-z01' });
    expect(inputsOf('training.stats')).toEqual([{ year: YEAR }]);
  });

  it('shows the unit it names a page at a time, as the unit sees it', async () => {
    taroDouble.routerParams = { unitId: 'unit-z01' };
    answerActions({ 'training.stats': answer });
    render(<DistrictTrainingStatsPage />);
    expect(await screen.findByText('孙杰')).toBeInTheDocument();
    expect(listCalls()).toEqual([{ year: YEAR, view: 'overdue', page: 1, pageSize: 20, unitId: 'unit-z01' }]);
    expect(totalCalls()).toEqual([{ year: YEAR, view: 'overdue', page: 1, pageSize: 1, unitId: 'unit-z01' }]);
  });
});
