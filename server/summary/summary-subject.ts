import { AppError, forbidden, invalid, notFound } from '../../src/core/errors';
import { OWN_SUMMARY_KIND, summaryId } from '../../src/core/summary/summary.machine';
import type { SummaryKind } from '../../src/core/summary/summary.model';
import { shanghaiDate } from '../../src/core/time/shanghai';
import type { ActionContext } from '../runtime/action-context';
import { summaryRepo, type SummaryDoc } from '../db/summary.repo';
import { roundId, summaryRoundRepo } from '../db/summary-round.repo';
import { unitRepo } from '../db/unit.repo';
import { canAccessRecord } from '../runtime/access';
import { summaryParty, viewerOf } from '../actions/summary.view';

/** Whose summary the caller writes: their own (steward) or their unit's (unit admin). */
export interface OwnSubject {
  _id: string;
  year: number;
  kind: SummaryKind;
  subjectId: string;
  subjectName: string;
  unitId: string;
  unitName: string;
}

export const ownSubject = async (ctx: ActionContext, year: number): Promise<OwnSubject> => {
  const kind = OWN_SUMMARY_KIND[ctx.user.role];
  if (!kind) throw forbidden('只有服务管家和单位管理员撰写年度总结');
  if (!ctx.user.unitId) throw invalid('您的账号未归属单位，请联系区科经委');
  const unit = await unitRepo.get(ctx.db, ctx.user.unitId);
  if (!unit) throw notFound('单位不存在');
  const subjectId = kind === 'steward' ? ctx.user._id : unit._id;
  return { _id: summaryId(year, kind, subjectId), year, kind, subjectId, subjectName: kind === 'steward' ? ctx.user.name : unit.name, unitId: unit._id, unitName: unit.name };
};

/** A summary the caller may see, with who they are to it; out of reach reads as not found. */
export const summaryFor = async (ctx: ActionContext, id: string) => {
  const doc = await summaryRepo.get(ctx.db, id);
  // The machine's parties and the access table agree; both must admit the caller.
  const party = doc && scopeAllows(ctx, doc) ? summaryParty(viewerOf(ctx.user), doc) : null;
  if (!doc || !party) throw notFound('年度总结不存在');
  return { doc, party };
};

const scopeAllows = (ctx: ActionContext, doc: SummaryDoc) => canAccessRecord(ctx.user, 'summary', doc);

export const deadlineOf = async (ctx: ActionContext, year: number): Promise<string | null> => (await roundOf(ctx, year)).deadline;

/** The year's deadline and its version (0 when the district has not set one). */
export const roundOf = async (ctx: ActionContext, year: number): Promise<{ deadline: string | null; version: number }> => {
  const round = await summaryRoundRepo.get(ctx.db, roundId(year));
  return { deadline: round?.deadline ?? null, version: round?.version ?? 0 };
};

export const today = (ctx: ActionContext) => shanghaiDate(ctx.now());

export const conflict = () => new AppError('CONFLICT', '这份总结刚刚已被修改或处理，请刷新后查看');

/** The version the caller read must still be the summary's: every write depends on it. */
export const assertVersion = (doc: SummaryDoc, version: number) => {
  if (doc.version !== version) throw conflict();
};
