import { caseCandidatesInput, caseFromDemandInput } from '../../src/core/contracts/training.contracts';
import { COURSE_TEXT } from '../../src/core/contracts/training.fields';
import type { PageResult } from '../../src/core/demand/demand.model';
import { SATISFACTION_LEVELS } from '../../src/core/demand/satisfaction';
import { AppError, notFound } from '../../src/core/errors';
import { draftCase } from '../../src/core/training/case-anonymiser';
import type { CaseCandidateView, CourseView } from '../../src/core/training/training.model';
import { courseRepo, type CourseDoc } from '../db/course.repo';
import { newId } from '../db/codes';
import { demandRepo, type DemandDoc } from '../db/demand.repo';
import { enterpriseRepo } from '../db/enterprise.repo';
import { everSet } from '../db/date-range';
import { fetchPage } from '../db/paging';
import { userRepo } from '../db/user.repo';
import type { Database } from '../runtime/cloud-types';
import { defineAction } from '../runtime/define-action';
import { toCourseView } from './training.view';

/** A demand a 非常满意 rating closed (its stored exemplaryAt, derived-fields.ts): one index range, newest first. */
const exemplary = (db: Database) => ({ exemplaryAt: everSet(db) });

const caseCandidates = defineAction({
  name: 'course.caseCandidates',
  roles: ['district_admin'],
  input: caseCandidatesInput,
  writes: false,
  summary: '案例库素材：企业评价“非常满意”的已关闭诉求，最近关闭的在前',
  async handler(input, { db }): Promise<PageResult<CaseCandidateView>> {
    // A page reads its own rows, however many demands are closed.
    const query = demandRepo.find(db, exemplary(db)).orderBy('exemplaryAt', 'desc').field({ title: true, category: true, enterpriseName: true, closedAt: true, updatedAt: true });
    return fetchPage(query, input, (d: DemandDoc) => ({ demandId: d._id, title: d.title, category: d.category, enterpriseName: d.enterpriseName, closedAt: (d.closedAt ?? d.updatedAt).toISOString() }));
  },
});

/** Everyone named on the record: the steward, the people who acted on it, the enterprise's contacts. */
const peopleOf = async (db: Database, d: DemandDoc): Promise<string[]> => {
  const contacts = await userRepo.findActive(db, { role: 'enterprise', enterpriseId: d.enterpriseId });
  return [d.stewardName, ...d.timeline.map((e) => e.actorName), ...contacts.map((c) => c.name)];
};

const caseFromDemand = defineAction({
  name: 'course.caseFromDemand',
  roles: ['district_admin'],
  input: caseFromDemandInput,
  writes: 'courses',
  summary: '从一条“非常满意”的诉求生成案例草稿：企业名称、人名、电话、信用代码等已隐去，审改后发布',
  async handler({ demandId }, ctx): Promise<CourseView> {
    const demand = (await demandRepo.all(ctx.db, { _id: demandId, ...exemplary(ctx.db) }))[0];
    if (!demand) throw notFound('只能从企业评价“非常满意”的已关闭诉求生成案例');
    const enterprise = await enterpriseRepo.get(ctx.db, demand.enterpriseId);
    const draft = draftCase({
      title: demand.title, category: demand.category, description: demand.description, resolution: demand.resolution,
      steps: demand.timeline.filter((e) => e.actorRole !== 'system' && e.actorRole !== 'enterprise').map((e) => e.text),
      satisfaction: SATISFACTION_LEVELS[0], enterpriseName: demand.enterpriseName, people: await peopleOf(ctx.db, demand), creditCode: enterprise?.creditCode,
    });
    const at = ctx.now();
    const doc: CourseDoc = {
      _id: newId(), kind: 'case', title: [...draft.title].slice(0, COURSE_TEXT.title.max).join(''), summary: `「${demand.category}」类企业诉求的办理案例，供服务管家学习借鉴。`,
      hours: 0.5, required: false, status: 'draft', caseText: [...draft.text].slice(0, COURSE_TEXT.caseText.max).join(''), sourceDemandId: demand._id,
      createdBy: ctx.user._id, createdAt: at, updatedAt: at,
    };
    if ((await courseRepo.count(ctx.db, { sourceDemandId: demand._id })) > 0) throw new AppError('DUPLICATE', '这条诉求已生成过案例，请在课程草稿中查看');
    await courseRepo.insert(ctx.db, doc);
    ctx.audit.record(doc._id, `从诉求 ${demand._id} 生成案例草稿（已隐去企业和个人信息）`);
    return toCourseView(doc);
  },
});

export const courseCaseActions = [caseCandidates, caseFromDemand];
