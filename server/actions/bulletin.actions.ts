import { bulletinGetInput, bulletinListInput, bulletinPublishInput, bulletinStewardsInput, bulletinUpdateInput } from '../../src/core/contracts/bulletin.contracts';
import { monthLabel, type BulletinStatus, type BulletinSummaryView, type BulletinView } from '../../src/core/bulletin/bulletin.model';
import type { PageResult } from '../../src/core/demand/demand.model';
import type { RankingLine } from '../../src/core/figures/figures.model';
import { thing } from '../../src/core/notify/templates';
import { bulletinRepo, type ReadyBulletinDoc } from '../db/bulletin.repo';
import { fetchPage } from '../db/paging';
import { userRepo } from '../db/user.repo';
import { defineAction } from '../runtime/define-action';
import { notifyUsers, wxTime } from '../notify/notifier';
import { assertBulletinReadable, draftWriteRefused, readableBulletin, readableSection, readableStewardLines } from '../bulletin/bulletin-access';
import { toBulletinSummary, toBulletinView } from '../bulletin/bulletin.view';
import { BULLETIN_PAGE } from '../jobs/generate-bulletin.job';

/** The monthly bulletin (月通报): listed, read, reviewed and published (issue 9 item 3). */

const bulletinList = defineAction({
  name: 'bulletin.list',
  roles: ['district_admin', 'unit_admin'],
  input: bulletinListInput,
  writes: false,
  summary: '月通报列表（区科经委含待发布的；单位只见已发布的）',
  async handler(input, { db, user }): Promise<PageResult<BulletinSummaryView>> {
    const statuses: BulletinStatus[] = user.role === 'district_admin' ? ['draft', 'published'] : ['published'];
    return fetchPage(bulletinRepo.listed(db, statuses), input, (d) => toBulletinSummary(d as ReadyBulletinDoc));
  },
});

const bulletinGet = defineAction({
  name: 'bulletin.get',
  roles: ['district_admin', 'unit_admin'],
  input: bulletinGetInput,
  writes: false,
  summary: '一期月通报：全区指标、单位排名、红色预警、摘要和意见；区里可看任一单位的详情，单位只看本单位（管家排名的第一页）',
  async handler({ id, unitId }, { db, user }): Promise<BulletinView> {
    const doc = await readableBulletin(db, user, id);
    return toBulletinView(doc, await readableSection(db, user, id, unitId));
  },
});

const bulletinStewards = defineAction({
  name: 'bulletin.stewards',
  roles: ['district_admin', 'unit_admin'],
  input: bulletinStewardsInput,
  writes: false,
  summary: '一期月通报中一个单位的管家排名，分页读取（与单位详情同样的权限）',
  async handler({ id, unitId, page, pageSize }, { db, user }): Promise<PageResult<RankingLine>> {
    await assertBulletinReadable(db, user, id);
    return readableStewardLines(db, user, id, unitId, { page, pageSize });
  },
});

const bulletinUpdate = defineAction({
  name: 'bulletin.update',
  roles: ['district_admin'],
  input: bulletinUpdateInput,
  writes: 'bulletins',
  summary: '审核月通报草稿：修改摘要、填写区科经委意见（发布前）',
  async handler({ id, version, summary, remarks }, ctx): Promise<BulletinView> {
    const doc = await readableBulletin(ctx.db, ctx.user, id);
    const patch = { ...(summary !== undefined ? { summary } : {}), ...(remarks !== undefined ? { remarks } : {}), updatedAt: ctx.now(), updatedBy: ctx.user._id };
    const written = await bulletinRepo.updateWhere(ctx.db, { _id: id, status: 'draft', version }, { ...patch, version: ctx.db.command.inc(1) });
    if (written !== 1) throw await draftWriteRefused(ctx.db, id);
    ctx.audit.record(id, `审核${monthLabel(doc.month)}月通报：${[summary !== undefined && '修改摘要', remarks !== undefined && '填写意见'].filter(Boolean).join('、')}`);
    return toBulletinView({ ...doc, ...patch, version: version + 1 }, []);
  },
});

const bulletinPublish = defineAction({
  name: 'bulletin.publish',
  roles: ['district_admin'],
  input: bulletinPublishInput,
  writes: 'bulletins',
  summary: '发布月通报：各单位可见，每位单位管理员收到消息',
  async handler({ id, version }, ctx): Promise<BulletinSummaryView> {
    const doc = await readableBulletin(ctx.db, ctx.user, id);
    const at = ctx.now();
    const patch = { status: 'published' as const, publishedAt: at, publishedBy: ctx.user._id, updatedAt: at, updatedBy: ctx.user._id };
    if ((await bulletinRepo.updateWhere(ctx.db, { _id: id, status: 'draft', version }, { ...patch, version: ctx.db.command.inc(1) })) !== 1) throw await draftWriteRefused(ctx.db, id);
    ctx.audit.record(id, `发布${monthLabel(doc.month)}月通报`);
    await notifyUsers(ctx.db, ctx.messages, await userRepo.findActive(ctx.db, { role: 'unit_admin' }), {
      template: 'todo', kind: 'info:bulletin', recordId: id, page: `${BULLETIN_PAGE}?id=${id}`,
      title: `${monthLabel(doc.month)}月通报已发布`,
      body: `${doc.title}已发布，请查看全区情况和本单位的排名、红色预警及管家排名，对照整改。`,
      data: { thing1: thing(`查阅${monthLabel(doc.month)}月通报`), thing2: thing('服务管家月通报'), time3: wxTime(at), thing4: thing('请查看本单位排名和预警') },
    });
    return toBulletinSummary({ ...doc, ...patch, version: version + 1 });
  },
});

export const bulletinActions = [bulletinList, bulletinGet, bulletinStewards, bulletinUpdate, bulletinPublish];
