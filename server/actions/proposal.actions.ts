import { proposalCreateInput, proposalDecideInput, proposalListInput } from '../../src/core/contracts/org.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import { AppError, invalid, notFound } from '../../src/core/errors';
import type { ProposalView } from '../../src/core/org/org.model';
import { countsTowardAverage, unitAverageRefusal, wouldExceedUnitAverage } from '../../src/core/org/staffing.rules';
import { emptyPage, fetchPage } from '../db/paging';
import { assertAccess, scopeOf } from '../runtime/access';
import { DEFAULT_CONTACT_DAYS, DEFAULT_VISIT_DAYS } from '../../src/core/contact/cadence';
import { defineAction } from '../runtime/define-action';
import { newId } from '../db/codes';
import { enterpriseRepo, isDuplicateCreditCode, type EnterpriseDoc } from '../db/enterprise.repo';
import { proposalRepo, type ProposalDoc } from '../db/proposal.repo';
import { staffingChanged, unitLoad } from '../db/staffing.query';
import { userRepo } from '../db/user.repo';
import { toProposalView } from './org.view';
import { withStaffingHold } from './staffing-hold';

const proposalCreate = defineAction({
  name: 'proposal.create',
  roles: ['unit_admin'],
  input: proposalCreateInput,
  writes: 'proposals',
  summary: '属地单位提出增补或移出重点企业的建议',
  async handler(input, ctx): Promise<ProposalView> {
    const unitId = ctx.user.unitId!;
    let doc: ProposalDoc;
    if (input.kind === 'add') {
      if (await enterpriseRepo.findByCreditCode(ctx.db, input.creditCode)) throw invalid('该企业已在重点企业清单中', { creditCode: '该企业已在重点企业清单中' });
      doc = { _id: newId(), unitId, kind: 'add', enterpriseName: input.name, creditCode: input.creditCode, industry: input.industry, address: input.address, reason: input.reason, status: 'pending', createdBy: ctx.user._id, createdAt: ctx.now() };
    } else {
      const enterprise = await enterpriseRepo.get(ctx.db, input.enterpriseId);
      if (!enterprise || enterprise.status !== 'active') throw notFound('企业不存在或已移出服务清单');
      assertAccess(ctx.user, 'enterprise', enterprise, '只能对本单位的企业提出移出建议');
      doc = { _id: newId(), unitId, kind: 'remove', enterpriseId: enterprise._id, enterpriseName: enterprise.name, creditCode: enterprise.creditCode, reason: input.reason, status: 'pending', createdBy: ctx.user._id, createdAt: ctx.now() };
    }
    await proposalRepo.insert(ctx.db, doc);
    ctx.audit.record(doc._id, `建议${doc.kind === 'add' ? '增补' : '移出'}企业「${doc.enterpriseName}」`);
    return toProposalView(doc);
  },
});

const proposalList = defineAction({
  name: 'proposal.list',
  roles: ['unit_admin', 'district_admin'],
  input: proposalListInput,
  writes: false,
  summary: '企业清单调整建议',
  async handler(input, { db, user }): Promise<PageResult<ProposalView>> {
    const scope = scopeOf(user, 'proposal');
    if (!scope) return emptyPage(input);
    const filter: Record<string, unknown> = { ...scope };
    if (input.status) filter.status = input.status;
    return fetchPage(proposalRepo.find(db, filter).orderBy('createdAt', 'desc'), input, (p) => toProposalView(p));
  },
});

const proposalDecide = defineAction({
  name: 'proposal.decide',
  roles: ['district_admin'],
  input: proposalDecideInput,
  writes: 'proposals',
  summary: '区科经委批准或驳回调整建议（驳回须说明理由）',
  async handler(input, ctx): Promise<ProposalView> {
    const { db, now } = ctx;
    const proposal = await proposalRepo.get(db, input.id);
    if (!proposal) throw notFound('建议不存在');
    if (proposal.status !== 'pending') throw new AppError('CONFLICT', '该建议已处理，请刷新后查看');
    if (!input.approve && input.reason.length < 2) throw invalid('驳回须说明理由', { reason: '请填写驳回理由' });
    let enterprise: EnterpriseDoc | undefined;
    let steward = { id: '', name: '' };
    if (input.approve && proposal.kind === 'add') {
      if (input.stewardId) {
        const user = await userRepo.get(db, input.stewardId);
        if (!user || user.role !== 'steward' || user.unitId !== proposal.unitId || !countsTowardAverage(user)) throw invalid('请选择该单位在岗、已绑定微信的服务管家', { stewardId: '请选择该单位在岗、已绑定微信的服务管家' });
        steward = { id: user._id, name: user.name };
      }
      enterprise = {
        _id: newId(), name: proposal.enterpriseName, creditCode: proposal.creditCode!, industry: proposal.industry ?? '', address: proposal.address ?? '',
        unitId: proposal.unitId, stewardId: steward.id, stewardName: steward.name, tags: [], contactCadenceDays: DEFAULT_CONTACT_DAYS, visitCadenceDays: DEFAULT_VISIT_DAYS, status: 'active', createdAt: now(),
      };
    }
    const decision = { status: input.approve ? ('approved' as const) : ('rejected' as const), decisionReason: input.reason, decidedBy: ctx.user._id, decidedAt: now() };
    const decide = async () => {
      if (steward.id) {
        const load = await unitLoad(db, proposal.unitId);
        if (wouldExceedUnitAverage(load, 1)) throw new AppError('RATIO_EXCEEDED', unitAverageRefusal(load, 1));
      }
      // The decision is claimed before it takes effect: of two decisions at once, only one finds the proposal pending.
      if ((await proposalRepo.updateWhere(db, { _id: proposal._id, status: 'pending' }, decision)) !== 1) throw new AppError('CONFLICT', '该建议已处理，请刷新后查看');
      try {
        if (enterprise) await enterpriseRepo.insert(db, enterprise);
        if (input.approve && proposal.kind === 'remove') {
          await enterpriseRepo.updateWhere(db, { _id: proposal.enterpriseId!, status: 'active' }, { status: 'removed', removedAt: now(), removedReason: proposal.reason });
        }
      } catch (error) {
        // The effect failed (the enterprise was added another way meanwhile): the proposal is pending again.
        const _ = db.command;
        await proposalRepo.updateWhere(db, { _id: proposal._id, decidedAt: decision.decidedAt, decidedBy: decision.decidedBy }, { status: 'pending', decisionReason: _.remove(), decidedBy: _.remove(), decidedAt: _.remove() });
        if (isDuplicateCreditCode(error)) throw new AppError('DUPLICATE', '该统一社会信用代码已在企业清单中');
        throw error;
      }
    };
    // Adding an enterprise with a steward adds to the unit's count: counted and added under the unit's hold.
    await (steward.id ? withStaffingHold(ctx, proposal.unitId, decide) : decide());
    if (input.approve) await staffingChanged(db, proposal.unitId);
    ctx.audit.record(proposal._id, `${input.approve ? '批准' : '驳回'}${proposal.kind === 'add' ? '增补' : '移出'}「${proposal.enterpriseName}」${input.reason ? `：${input.reason}` : ''}`);
    return toProposalView({ ...proposal, ...decision });
  },
});

export const proposalActions = [proposalCreate, proposalList, proposalDecide];
