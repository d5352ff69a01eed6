import { similarGroupsInput, similarReplyInput } from '../../src/core/contracts/figures.contracts';
import { MAX_GROUP_REPLY } from '../../src/core/contracts/figures.fields';
import { OPEN_DEMAND_STATUSES, type PageResult } from '../../src/core/demand/demand.model';
import { notFound } from '../../src/core/errors';
import type { GroupReplyResult, SimilarGroupView } from '../../src/core/figures/figures.model';
import type { Database } from '../runtime/cloud-types';
import { defineAction } from '../runtime/define-action';
import { demandRepo, type DemandPreview } from '../db/demand.repo';
import { demandEvent } from '../db/demand-timeline';
import { fetchPage } from '../db/paging';
import { similarGroupRepo, type SimilarGroupDoc } from '../db/similar-group.repo';
import { userRepo } from '../db/user.repo';
import { notifyUsers } from '../notify/notifier';
import { statusNotice } from './demand-notices';

/** Issue 9 item 6: the district sees groups of open demands asking the same thing, and answers each group once. */

const PREVIEW = 5;

/** A few members per group, by id (the primary key), shown newest first. */
const previews = async (db: Database, groups: readonly SimilarGroupDoc[]): Promise<Map<string, DemandPreview>> =>
  new Map((await demandRepo.previews(db, groups.flatMap((g) => g.ids.slice(0, PREVIEW)))).map((d) => [d._id, d]));

const toGroupView = (g: SimilarGroupDoc, docs: ReadonlyMap<string, DemandPreview>): SimilarGroupView => ({
  id: g._id,
  size: g.size,
  terms: g.terms,
  demands: g.ids
    .map((id) => docs.get(id))
    .filter((d): d is DemandPreview => !!d)
    .sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime())
    .slice(0, PREVIEW)
    .map((d) => ({ id: d._id, title: d.title, enterpriseName: d.enterpriseName, unitId: d.unitId, status: d.status, createdAt: new Date(d.createdAt).toISOString() })),
  updatedAt: new Date(g.updatedAt).toISOString(),
  ...(g.reply ? { reply: { text: g.reply.text, at: new Date(g.reply.at).toISOString(), byName: g.reply.byName, count: g.reply.answered.length } } : {}),
});

const similarGroups = defineAction({
  name: 'demand.similarGroups',
  roles: ['district_admin'],
  input: similarGroupsInput,
  writes: false,
  summary: '同类诉求：多家企业就同一事项提出的在办诉求分组（附共同关键词）',
  async handler(input, { db }): Promise<PageResult<SimilarGroupView>> {
    const page = await fetchPage(similarGroupRepo.listed(db, PREVIEW), input, (g) => g);
    const docs = await previews(db, page.items);
    return { ...page, items: page.items.map((g) => toGroupView(g, docs)) };
  },
});

/** Record who the answer has reached, on the group as it stands (retried when another writer moved it). */
const recordAnswered = async (db: Database, group: SimilarGroupDoc, reply: Omit<NonNullable<SimilarGroupDoc['reply']>, 'answered'>, answered: readonly string[]) => {
  for (let g: SimilarGroupDoc | null = group, attempt = 0; g && attempt < 3; attempt++) {
    const before = g.reply?.text === reply.text ? g.reply.answered : [];
    if (await similarGroupRepo.updateAtRev(db, g, { reply: { ...reply, answered: [...new Set([...before, ...answered])] } })) return;
    g = await similarGroupRepo.get(db, g._id);
  }
};

const replyToGroup = defineAction({
  name: 'demand.replyToGroup',
  roles: ['district_admin'],
  input: similarReplyInput,
  writes: 'demands',
  summary: '对一组同类诉求统一答复：写入每条在办诉求的办理记录，并通知企业和服务管家（组大时分次完成）',
  async handler(input, ctx): Promise<GroupReplyResult> {
    const { db, user } = ctx;
    const at = ctx.now();
    const group = await similarGroupRepo.get(db, input.groupId);
    if (!group) throw notFound('这组同类诉求已不存在（诉求已办结或已调整），请刷新后查看');
    const answered = new Set(group.reply?.text === input.text ? group.reply.answered : []);
    const waiting = group.ids.filter((id) => !answered.has(id));
    const batch = waiting.slice(0, MAX_GROUP_REPLY);
    const demands = await demandRepo.all(db, { _id: db.command.in(batch), status: db.command.in(OPEN_DEMAND_STATUSES) });
    const event = demandEvent(user, 'district_reply', `区科经委统一答复：${input.text}`, at);
    const [contacts, stewards] = await Promise.all([
      userRepo.all(db, { role: 'enterprise', status: 'active', enterpriseId: db.command.in([...new Set(demands.map((d) => d.enterpriseId))]) }),
      userRepo.all(db, { _id: db.command.in([...new Set(demands.map((d) => d.stewardId))]), status: 'active' }),
    ]);
    let replied = 0;
    for (const d of demands) {
      // Once per demand and text: a repeated call (a double tap, a retry) adds no second line and sends nothing twice.
      if (!(await demandRepo.appendEventOnce(db, d._id, event))) continue;
      replied++;
      const to = [...contacts.filter((c) => c.enterpriseId === d.enterpriseId), ...stewards.filter((s) => s._id === d.stewardId)];
      await notifyUsers(db, ctx.messages, to, { ...statusNotice(d, d.status, `区科经委答复：${input.text}`, at), kind: 'district_reply', recordId: d._id, page: `pages/demand-detail/index?id=${d._id}` });
    }
    await recordAnswered(db, group, { text: input.text, at, by: user._id, byName: user.name }, batch);
    ctx.audit.record(group._id, `统一答复 ${replied} 条同类诉求（${group.terms.join('、') || '同类事项'}）：${input.text}`);
    return { replied, remaining: waiting.length - batch.length };
  },
});

export const similarDemandActions = [similarGroups, replyToGroup];
