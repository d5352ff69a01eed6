import { similarGroupsInput, similarReplyInput } from '../../src/core/contracts/figures.contracts';
import { OPEN_DEMAND_STATUSES, type PageResult } from '../../src/core/demand/demand.model';
import { notFound } from '../../src/core/errors';
import type { SimilarGroupView } from '../../src/core/figures/figures.model';
import { defineAction } from '../runtime/define-action';
import { demandRepo, type DemandDoc } from '../db/demand.repo';
import { demandEvent } from '../db/demand-timeline';
import { fetchPage } from '../db/paging';
import { similarGroupRepo, type SimilarGroupDoc } from '../db/similar-group.repo';
import { userRepo } from '../db/user.repo';
import { notifyUsers } from '../notify/notifier';
import { statusNotice } from './demand-notices';

/** Issue 9 item 6: the district sees groups of open demands asking the same thing, and answers each group once. */

const PREVIEW = 20;

const previews = async (db: Parameters<typeof demandRepo.all>[0], groups: readonly SimilarGroupDoc[]): Promise<Map<string, DemandDoc>> => {
  const ids = groups.flatMap((g) => g.ids.slice(0, 2 * PREVIEW));
  const docs = ids.length ? await demandRepo.listed(db, { _id: db.command.in(ids) }).limit(1000).get() : { data: [] };
  return new Map(docs.data.map((d) => [d._id, d]));
};

const toGroupView = (g: SimilarGroupDoc, docs: ReadonlyMap<string, DemandDoc>): SimilarGroupView => ({
  id: g._id,
  size: g.size,
  terms: g.terms,
  ids: g.ids,
  demands: g.ids
    .map((id) => docs.get(id))
    .filter((d): d is DemandDoc => !!d)
    .sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime())
    .slice(0, PREVIEW)
    .map((d) => ({ id: d._id, title: d.title, enterpriseName: d.enterpriseName, unitId: d.unitId, status: d.status, createdAt: new Date(d.createdAt).toISOString() })),
  updatedAt: new Date(g.updatedAt).toISOString(),
  ...(g.reply ? { reply: { text: g.reply.text, at: new Date(g.reply.at).toISOString(), byName: g.reply.byName, count: g.reply.count } } : {}),
});

const similarGroups = defineAction({
  name: 'demand.similarGroups',
  roles: ['district_admin'],
  input: similarGroupsInput,
  writes: false,
  summary: '同类诉求：多家企业就同一事项提出的在办诉求分组（附共同关键词）',
  async handler(input, { db }): Promise<PageResult<SimilarGroupView>> {
    const page = await fetchPage(similarGroupRepo.listed(db), input, (g) => g);
    const docs = await previews(db, page.items);
    return { ...page, items: page.items.map((g) => toGroupView(g, docs)) };
  },
});

const replyToGroup = defineAction({
  name: 'demand.replyToGroup',
  roles: ['district_admin'],
  input: similarReplyInput,
  writes: 'demands',
  summary: '对一组同类诉求统一答复：写入每条诉求的办理记录，并通知企业和服务管家',
  async handler(input, ctx): Promise<{ replied: number; skipped: number }> {
    const { db, user } = ctx;
    const at = ctx.now();
    const group = await similarGroupRepo.get(db, input.groupId);
    if (!group) throw notFound('这组同类诉求已不存在（诉求已办结或已调整），请刷新后查看');
    // Only demands still in the group and still open: one that left it since the district looked is not answered here.
    const members = new Set(group.ids);
    const demands = await demandRepo.all(db, { _id: db.command.in(input.demandIds.filter((id) => members.has(id))), status: db.command.in(OPEN_DEMAND_STATUSES) });
    const event = demandEvent(user, 'district_reply', `区科经委统一答复：${input.text}`, at);
    const replied = await demandRepo.appendEvent(db, demands.map((d) => d._id), event);
    const [contacts, stewards] = await Promise.all([
      userRepo.all(db, { role: 'enterprise', status: 'active', enterpriseId: db.command.in([...new Set(demands.map((d) => d.enterpriseId))]) }),
      userRepo.all(db, { _id: db.command.in([...new Set(demands.map((d) => d.stewardId))]), status: 'active' }),
    ]);
    for (const d of demands) {
      const to = [...contacts.filter((c) => c.enterpriseId === d.enterpriseId), ...stewards.filter((s) => s._id === d.stewardId)];
      await notifyUsers(db, ctx.messages, to, { ...statusNotice(d, d.status, `区科经委答复：${input.text}`, at), kind: 'district_reply', recordId: d._id, page: `pages/demand-detail/index?id=${d._id}` });
    }
    const reply = { text: input.text, at, by: user._id, byName: user.name, count: replied };
    for (let g: SimilarGroupDoc | null = group, attempt = 0; g && attempt < 3 && !(await similarGroupRepo.updateAtRev(db, g, { reply })); attempt++) g = await similarGroupRepo.get(db, group._id);
    ctx.audit.record(group._id, `统一答复 ${replied} 条同类诉求（${group.terms.join('、') || '同类事项'}）：${input.text}`);
    return { replied, skipped: input.demandIds.length - replied };
  },
});

export const similarDemandActions = [similarGroups, replyToGroup];
