import { spotCheckVerifyInput } from '../../src/core/contracts/spot-check.contracts';
import { AppError, forbidden, notFound } from '../../src/core/errors';
import { thing } from '../../src/core/notify/templates';
import { OPEN_SPOT_CHECK_STATUSES, STATUS_OF_RESULT, type SpotCheckItemView } from '../../src/core/spot-check/spot-check.model';
import { inShanghai } from '../../src/core/time/shanghai';
import { oversightSettingRepo } from '../db/oversight-setting.repo';
import { spotCheckItemRepo, type SpotCheckItemDoc } from '../db/spot-check-item.repo';
import { userRepo } from '../db/user.repo';
import { updateTracked } from '../db/tracked-writes';
import type { Database } from '../runtime/cloud-types';
import { assertAccess } from '../runtime/access';
import { defineAction } from '../runtime/define-action';
import { notifyUsers, wxTime, type SubscribeMessageSender } from '../notify/notifier';
import { toItemView } from '../spot-check/spot-check.view';

export const FINDINGS_PAGE = 'inspection/pages/findings/index';

/** A 不属实 finding reaches the unit's admins and the steward concerned (message centre first). */
const tellFalseRecord = async (db: Database, messages: SubscribeMessageSender, item: SpotCheckItemDoc, note: string): Promise<void> => {
  const [admins, steward] = await Promise.all([userRepo.findActive(db, { role: 'unit_admin', unitId: item.unitId }), userRepo.get(db, item.stewardId)]);
  const recipients = [...admins, ...(steward && steward.status === 'active' ? [steward] : [])];
  const when = inShanghai(item.contactAt).format('M月D日');
  await notifyUsers(db, messages, recipients, {
    template: 'todo', kind: 'risk:spot_check_false', recordId: item._id, page: `${FINDINGS_PAGE}?id=${item._id}`,
    title: '抽查发现记录不属实',
    body: `周抽查核实：${item.stewardName}记录的${when}对${item.enterpriseName}的${item.contactType}经企业核实不属实。核实情况：${note}`,
    data: { thing1: thing('抽查记录不属实'), thing2: thing(item.enterpriseName), time3: wxTime(item.contactAt), thing4: thing(item.stewardName) },
  });
};

const spotCheckVerify = defineAction({
  name: 'spotCheck.verify',
  roles: ['unit_admin', 'district_admin'],
  input: spotCheckVerifyInput,
  writes: 'spot_check_items',
  summary: '向企业核实一条抽查记录：属实 / 不属实 / 未能联系（未能联系的顺延到下周）；不属实的告知单位和管家',
  async handler({ id, result, note }, ctx): Promise<SpotCheckItemView> {
    const { db, user } = ctx;
    const item = await spotCheckItemRepo.get(db, id);
    if (!item) throw notFound('抽查记录不存在');
    assertAccess(user, 'spot_check_item', item, '只能核实本单位的抽查记录');
    if (user.role === 'unit_admin' && !(await oversightSettingRepo.spotCheck(db)).unitAdminsVerify) throw forbidden('区科经委未允许单位总管家核实抽查记录');
    if (!OPEN_SPOT_CHECK_STATUSES.includes(item.status)) throw new AppError('INVALID_STATE', '这条记录已核实，请刷新后查看');
    const at = ctx.now();
    const status = STATUS_OF_RESULT[result];
    const attempt = { at, result, note, by: user._id, byName: user.name };
    const final = status === 'confirmed' || status === 'false';
    const fields = { status, result, note, ...(final ? { verifiedAt: at, verifiedBy: user._id, verifiedByName: user.name, findingYear: inShanghai(at).year() } : {}) };
    // Counted in the figures as it is written (spotChecksTrue / False / Unreachable on the day).
    const written = await updateTracked(db, 'spot_check_items', item, { patch: { ...fields, attempts: db.command.push([attempt]) }, after: { ...item, ...fields, attempts: [...item.attempts, attempt] }, condition: { status: item.status } }, at);
    if (!written) throw new AppError('CONFLICT', '这条记录刚刚已被他人核实，请刷新后查看');
    ctx.audit.record(id, `核实抽查记录（${item.unitName} ${item.stewardName} ${item.enterpriseName}）：${result}`);
    if (status === 'false') await tellFalseRecord(db, ctx.messages, item, note);
    return toItemView(written);
  },
});

export const spotCheckVerifyActions = [spotCheckVerify];
