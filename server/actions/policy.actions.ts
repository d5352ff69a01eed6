import { policyCreateInput, policyListInput, policyPromoteInput, promotionListInput } from '../../src/core/contracts/fieldwork.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import { notFound } from '../../src/core/errors';
import type { PolicyView, PromotionView } from '../../src/core/fieldwork/fieldwork.model';
import { shanghaiDate } from '../../src/core/time/shanghai';
import { emptyPage, fetchPage } from '../db/paging';
import { defineAction } from '../runtime/define-action';
import { narrowedScope, enterpriseInScope } from '../runtime/access';
import { newId } from '../db/codes';
import { enterpriseRepo } from '../db/enterprise.repo';
import { followCurrentSteward } from '../db/enterprise-records';
import { insertTracked } from '../db/tracked-writes';
import { policyRepo, type PolicyDoc } from '../db/policy.repo';
import { promotionRepo, type PromotionDoc } from '../db/promotion.repo';
import { containsText } from '../db/text-search';
import { toPolicyView, toPromotionView } from './fieldwork.view';
import { acceptUpload } from './uploaded-files';
import { continuePush, initialPush } from './policy-push';
import { promotionTodoRepo } from '../db/promotion-todo.repo';

/** Batches (of 100 enterprises) pushed while the district waits (the api function has 20 s); the hourly timer carries on with the rest. */
const BATCHES_AT_PUBLISHING = 1;

const policyCreate = defineAction({
  name: 'policy.create',
  roles: ['district_admin'],
  input: policyCreateInput,
  writes: 'policies',
  summary: '发布政策：通知行业、标签匹配的企业（消息中心和订阅消息），并为其管家生成宣讲待办',
  async handler(input, ctx): Promise<PolicyView> {
    if (input.attachmentFileId) await acceptUpload(ctx, 'policy', { fileID: input.attachmentFileId }, 'attachmentFileId');
    const push = initialPush(input, ctx.now());
    const doc: PolicyDoc = { _id: newId(), ...input, createdBy: ctx.user._id, createdAt: ctx.now(), ...(push ? { push } : {}) };
    await policyRepo.insert(ctx.db, doc);
    const pushed = push ? await continuePush(ctx.db, ctx.messages, doc, ctx.now(), { maxBatches: BATCHES_AT_PUBLISHING }) : undefined;
    const said = pushed?.status === 'scheduled' ? '，生效日起推送' : pushed ? `，已推送 ${pushed.enterprises} 家企业${pushed.status === 'pushing' ? '（其余由定时任务继续推送）' : ''}` : '';
    ctx.audit.record(doc._id, `发布政策「${doc.title}」${said}`);
    return toPolicyView({ ...doc, ...(pushed ? { push: pushed } : {}) }, ctx.now(), undefined, true);
  },
});

const policyList = defineAction({
  name: 'policy.list',
  roles: 'bound',
  input: policyListInput,
  writes: false,
  summary: '政策库（企业只看与自身行业、标签匹配且在有效期内的政策）',
  async handler(input, { db, user, now, files }): Promise<PageResult<PolicyView>> {
    const today = shanghaiDate(now());
    const filter: Record<string, unknown> = {};
    if (input.keyword) filter.title = containsText(db, input.keyword);
    if (!input.includeExpired || user.role === 'enterprise') filter.validTo = db.command.gte(today);
    let where: object = filter;
    if (user.role === 'enterprise') {
      const enterprise = user.enterpriseId ? await enterpriseRepo.get(db, user.enterpriseId) : null;
      if (!enterprise) return emptyPage(input);
      where = db.command.and([filter, policyRepo.matching(db, enterprise, today)]);
    }
    // Newest first, paged in the database: a page reads about its own rows, however many policies there are.
    const page = await fetchPage(policyRepo.find(db, where).orderBy('createdAt', 'desc'), input, (p) => p);
    const withFiles = page.items.filter((p) => p.attachmentFileId).map((p) => p.attachmentFileId!);
    const urls = withFiles.length ? await files.tempUrls(withFiles) : new Map<string, string>();
    const district = user.role === 'district_admin';
    return { ...page, items: page.items.map((p) => toPolicyView(p, now(), p.attachmentFileId ? urls.get(p.attachmentFileId) : undefined, district)) };
  },
});

const policyPromote = defineAction({
  name: 'policy.promote',
  roles: ['steward', 'liaison'],
  input: policyPromoteInput,
  writes: 'promotions',
  summary: '记录向企业宣讲政策，以及企业是否有意申报',
  async handler(input, ctx): Promise<PromotionView> {
    const [policy, enterprise] = await Promise.all([policyRepo.get(ctx.db, input.policyId), enterpriseInScope(ctx.db, ctx.user, input.enterpriseId, { served: true })]);
    if (!policy) throw notFound('政策不存在');
    const doc: PromotionDoc = {
      _id: newId(), policyId: policy._id, policyTitle: policy.title, enterpriseId: enterprise._id, enterpriseName: enterprise.name, unitId: enterprise.unitId,
      stewardId: enterprise.stewardId, creditedStewardId: enterprise.stewardId, intendsToApply: input.intendsToApply, note: input.note, recordedBy: ctx.user._id, recordedByName: ctx.user.name, createdAt: ctx.now(),
    };
    await insertTracked(ctx.db, 'promotions', [doc], doc.createdAt);
    await followCurrentSteward(ctx.db, doc);
    // A pushed policy's to-do for this enterprise is done by this promotion.
    const todo = await promotionTodoRepo.complete(ctx.db, policy._id, enterprise._id, doc._id, ctx.now());
    ctx.audit.record(doc._id, `向「${enterprise.name}」宣讲「${policy.title}」，${input.intendsToApply ? '有意申报' : '暂无申报意向'}${todo ? '，宣讲待办完成' : ''}`);
    return toPromotionView(doc);
  },
});

const promotionList = defineAction({
  name: 'policy.promotions',
  roles: ['enterprise', 'steward', 'liaison', 'unit_admin', 'district_admin'],
  input: promotionListInput,
  writes: false,
  summary: '政策宣讲记录',
  async handler(input, { db, user }): Promise<PageResult<PromotionView>> {
    const scope = narrowedScope(user, 'promotion', { enterpriseId: input.enterpriseId }, '这家企业不在您的服务范围内');
    if (!scope) return emptyPage(input);
    // Naming an enterprise the caller does not serve is refused, not answered with an empty list.
    if (input.enterpriseId) await enterpriseInScope(db, user, input.enterpriseId);
    const filter: Record<string, unknown> = { ...scope };
    if (input.policyId) filter.policyId = input.policyId;
    return fetchPage(promotionRepo.find(db, filter).orderBy('createdAt', 'desc'), input, toPromotionView);
  },
});

export const policyActions = [policyCreate, policyList, policyPromote, promotionList];
