import { summarySetDeadlineInput, summaryYearInput } from '../../src/core/contracts/summary.contracts';
import { deadlineProblem } from '../../src/core/summary/summary.deadline';
import type { SummaryRoundView } from '../../src/core/summary/summary.model';
import { roundId, summaryRoundRepo, type SummaryRoundDoc } from '../db/summary-round.repo';
import { defineAction } from '../runtime/define-action';
import { AppError, invalid } from '../../src/core/errors';
import { today } from '../summary/summary-subject';

const roundView = (year: number, r: SummaryRoundDoc | null): SummaryRoundView =>
  r ? { year, deadline: r.deadline, version: r.version, setByName: r.setByName } : { year, deadline: null, version: 0 };

const summaryRound = defineAction({
  name: 'summary.round',
  roles: ['steward', 'unit_admin', 'district_admin'],
  input: summaryYearInput,
  writes: false,
  summary: '某年度年度总结的提交截止日期',
  handler: async ({ year }, { db }) => roundView(year, await summaryRoundRepo.get(db, roundId(year))),
});

const summarySetDeadline = defineAction({
  name: 'summary.setDeadline',
  roles: ['district_admin'],
  input: summarySetDeadlineInput,
  writes: 'summary_rounds',
  summary: '设定年度总结的提交截止日期（截止前 7 天、1 天提醒，逾期通知）',
  async handler({ year, deadline, version }, ctx): Promise<SummaryRoundView> {
    const problem = deadlineProblem(year, deadline, today(ctx));
    if (problem) throw invalid(problem, { deadline: problem });
    const set = { deadline, setBy: ctx.user._id, setByName: ctx.user.name, setAt: ctx.now() };
    const landed = version === 0
      ? await summaryRoundRepo.create(ctx.db, { _id: roundId(year), year, version: 1, sent: [], ...set })
      : await summaryRoundRepo.move(ctx.db, year, version, set);
    if (!landed) throw new AppError('CONFLICT', '截止日期刚刚已被他人修改，请刷新后重试');
    ctx.audit.record(roundId(year), `设定 ${year} 年度总结截止日期为 ${deadline}`);
    return roundView(year, await summaryRoundRepo.get(ctx.db, roundId(year)));
  },
});

export const summaryRoundActions = [summaryRound, summarySetDeadline];
