import { figuresGetInput, figuresRankingInput, figuresRepairInput, figuresTrendInput, type PeriodInput } from '../../src/core/contracts/figures.contracts';
import { emptyInput } from '../../src/core/contracts/common.contracts';
import { invalid, notFound } from '../../src/core/errors';
import { figureValues, figuresView, RANKING_COUNTERS, rankingView, trendView, DEFAULT_TREND_FIGURES } from '../../src/core/figures/figure-views';
import type { FiguresView, RankingView, RepairStatusView, TrendView } from '../../src/core/figures/figures.model';
import { customPeriod, periodContaining, previousPeriod, type Period } from '../../src/core/figures/periods';
import { inShanghai, shanghaiDate } from '../../src/core/time/shanghai';
import { defineAction } from '../runtime/define-action';
import { assertAccess, narrowedScope } from '../runtime/access';
import { departmentRepo } from '../db/department.repo';
import { figureJobRepo, type RepairJobDoc } from '../db/figure-job.repo';
import { unitRepo } from '../db/unit.repo';
import { dimensionCounters, monthlyCounters, sliceCounters } from '../figures/figure-reads';
import { resolveSlice } from '../figures/figure-slices';
import { stewardRankingPage } from '../figures/kept-rankings';
import { rankingRows } from '../figures/ranking-rows';
import { requestRepair } from '../jobs/repair-figures.job';

/** The figures of issue 9 item 1: any period, any slice the caller's scope covers, with their 口径. */

const periodOf = (input: PeriodInput, today: string): Period =>
  input.kind === 'custom' ? customPeriod(input.from, input.to) : periodContaining(input.kind, input.date ?? today);

const figuresGet = defineAction({
  name: 'figures.get',
  roles: ['district_admin', 'unit_admin', 'steward', 'department'],
  input: figuresGetInput,
  writes: false,
  summary: '任一统计期、任一范围（全区、单位、管家、部门、诉求类别）的指标，附口径和环比',
  async handler(input, { db, user, now }): Promise<FiguresView> {
    const today = shanghaiDate(now());
    const slice = await resolveSlice(db, user, input.slice);
    const period = periodOf(input.period, today);
    const previous = previousPeriod(period);
    const [current, before] = await sliceCounters(db, [period, previous], slice.dimension, slice.id, today);
    return figuresView({
      slice, period, previousPeriod: previous,
      current: figureValues(current.flow, current.stock), previous: figureValues(before.flow, before.stock),
      stockDay: current.stockDay, previousStockDay: before.stockDay, autoClosed: current.flow.autoClosed, closedUnresolved: current.flow.closedUnresolved,
    });
  },
});

const figuresRanking = defineAction({
  name: 'figures.ranking',
  roles: ['district_admin', 'unit_admin'],
  input: figuresRankingInput,
  writes: false,
  summary: '单位排名（或单位内管家排名，按页读取每小时更新的排名；部门排名），附综合得分、红色预警和口径',
  async handler(input, { db, user, now }): Promise<RankingView> {
    const today = shanghaiDate(now());
    const period = periodOf(input.period, today);
    if (input.of === 'stewards') {
      const unitId = narrowedScope(user, 'figures', { unitId: input.unitId }, '只能查看本单位管家的排名')?.unitId;
      if (!unitId) throw notFound('请选择单位');
      const unit = await unitRepo.get(db, unitId);
      if (!unit) throw notFound('单位不存在');
      return stewardRankingPage(db, { id: unit._id, name: unit.name }, period, input, now());
    }
    // Units and departments are ranked against each other: the district's view.
    assertAccess(user, 'figures', {}, '只有区科经委可以查看全区排名');
    const dimension = input.of === 'units' ? 'unit' : 'department';
    const [{ bySlice, stockDay }, named] = await Promise.all([dimensionCounters(db, period, dimension, today, undefined, RANKING_COUNTERS), input.of === 'units' ? unitRepo.all(db) : departmentRepo.all(db)]);
    return rankingView(input.of, period, stockDay, rankingRows(named.map((n) => n._id), new Map(named.map((n) => [n._id, n.name])), bySlice));
  },
});

const figuresTrend = defineAction({
  name: 'figures.trend',
  roles: ['district_admin', 'unit_admin', 'steward', 'department'],
  input: figuresTrendInput,
  writes: false,
  summary: '一个范围最近若干个月的指标走势（按月）',
  async handler(input, { db, user, now }): Promise<TrendView> {
    const at = now();
    const slice = await resolveSlice(db, user, input.slice);
    const months = Array.from({ length: input.months }, (_, i) => inShanghai(at).subtract(input.months - 1 - i, 'month').format('YYYY-MM'));
    const counters = await monthlyCounters(db, months, slice.dimension, slice.id, shanghaiDate(at));
    return trendView(slice, months, counters.map((c) => figureValues(c.flow, c.stock)), input.figures ?? DEFAULT_TREND_FIGURES);
  },
});

const repairView = (job: RepairJobDoc | null): RepairStatusView | null =>
  job && {
    status: job.status, reason: job.reason, monthsLeft: job.months, stamping: !!job.stamp,
    checkedRows: job.checkedRows, correctedRows: job.correctedRows, stampedRecords: job.stampedRecords,
    requestedAt: new Date(job.requestedAt).toISOString(), finishedAt: job.finishedAt ? new Date(job.finishedAt).toISOString() : undefined,
  };

const figuresRepair = defineAction({
  name: 'figures.repair',
  roles: ['district_admin'],
  input: figuresRepairInput,
  writes: 'figure_jobs',
  summary: '从源记录重建指标汇总（由每小时定时任务分批完成）',
  async handler(input, ctx): Promise<RepairStatusView> {
    if (input.from > shanghaiDate(ctx.now()).slice(0, 7)) throw invalid('起始月份不能晚于本月', { from: '起始月份不能晚于本月' });
    const job = await requestRepair(ctx.db, { from: input.from, full: input.full, reason: `区科经委发起${input.full ? '全量' : ''}重建（自 ${input.from}）`, by: ctx.user._id }, ctx.now());
    ctx.audit.record('repair', `发起指标汇总重建，自 ${input.from}${input.full ? '，含未计入的历史记录' : ''}`);
    return repairView(job)!;
  },
});

const figuresRepairStatus = defineAction({
  name: 'figures.repairStatus',
  roles: ['district_admin'],
  input: emptyInput,
  writes: false,
  summary: '指标汇总重建的进度',
  handler: async (_input, { db }) => repairView(await figureJobRepo.repair(db)),
});

export const figuresActions = [figuresGet, figuresRanking, figuresTrend, figuresRepair, figuresRepairStatus];
