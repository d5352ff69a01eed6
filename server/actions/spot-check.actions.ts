import { emptyInput } from '../../src/core/contracts/common.contracts';
import { spotCheckConfigureInput, spotCheckDrawsInput, spotCheckFindingsInput, spotCheckItemsInput } from '../../src/core/contracts/spot-check.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import { SPOT_CHECK_MIN_PER_UNIT, SPOT_CHECK_SHARE } from '../../src/core/spot-check/spot-check-sampler';
import { OPEN_SPOT_CHECK_STATUSES, type SpotCheckDrawView, type SpotCheckItemView, type SpotCheckSettingsView } from '../../src/core/spot-check/spot-check.model';
import { emptyPage, fetchPage } from '../db/paging';
import { oversightSettingRepo } from '../db/oversight-setting.repo';
import { spotCheckDrawRepo } from '../db/spot-check-draw.repo';
import { spotCheckItemRepo } from '../db/spot-check-item.repo';
import { narrowedScope } from '../runtime/access';
import { defineAction } from '../runtime/define-action';
import { toDrawView, toItemView } from '../spot-check/spot-check.view';

const OVERSIGHT = ['unit_admin', 'district_admin'] as const;

const spotCheckItems = defineAction({
  name: 'spotCheck.items',
  roles: OVERSIGHT,
  input: spotCheckItemsInput,
  writes: false,
  summary: '一周的抽查清单（含上周未核实顺延的）：单位看本单位的，区科经委看全部',
  async handler(input, { db, user }): Promise<PageResult<SpotCheckItemView> & { week: string | null }> {
    const scope = narrowedScope(user, 'spot_check_item', { unitId: input.unitId }, '只能查看本单位的抽查记录');
    const week = input.week ?? (await spotCheckDrawRepo.latest(db))?._id ?? null;
    if (!scope || !week) return { ...emptyPage(input), week };
    const filter: Record<string, unknown> = { ...scope, listWeek: week };
    if (input.state === 'open') filter.status = db.command.in([...OPEN_SPOT_CHECK_STATUSES]);
    if (input.state === 'verified') filter.status = db.command.in(['confirmed', 'false']);
    return { ...(await fetchPage(spotCheckItemRepo.find(db, filter).orderBy('contactAt', 'desc'), input, toItemView)), week };
  },
});

const spotCheckDraws = defineAction({
  name: 'spotCheck.draws',
  roles: ['district_admin'],
  input: spotCheckDrawsInput,
  writes: false,
  summary: '历次周抽查：覆盖期、随机种子、各单位抽取条数（可据种子复核）',
  async handler(input, { db }): Promise<PageResult<SpotCheckDrawView>> {
    return fetchPage(spotCheckDrawRepo.find(db, {}).orderBy('to', 'desc'), input, toDrawView);
  },
});

const spotCheckFindings = defineAction({
  name: 'spotCheck.findings',
  roles: ['steward', 'unit_admin', 'district_admin'],
  input: spotCheckFindingsInput,
  writes: false,
  summary: '抽查核实结果：管家看关于自己的，单位看本单位的，区科经委看全部',
  async handler(input, { db, user }): Promise<PageResult<SpotCheckItemView>> {
    const scope = narrowedScope(user, 'spot_check_item', { unitId: input.unitId }, '只能查看本单位的抽查记录');
    if (!scope) return emptyPage(input);
    return fetchPage(spotCheckItemRepo.find(db, { ...scope, verifiedAt: db.command.exists(true) }).orderBy('verifiedAt', 'desc'), input, toItemView);
  },
});

const spotCheckSettings = defineAction({
  name: 'spotCheck.settings',
  roles: OVERSIGHT,
  input: emptyInput,
  writes: false,
  summary: '周抽查的设置：抽取比例、每单位最少条数、是否允许单位总管家核实本单位的记录',
  async handler(_input, { db }): Promise<SpotCheckSettingsView> {
    return { ...(await oversightSettingRepo.spotCheck(db)), share: SPOT_CHECK_SHARE, minimum: SPOT_CHECK_MIN_PER_UNIT };
  },
});

const spotCheckConfigure = defineAction({
  name: 'spotCheck.configure',
  roles: ['district_admin'],
  input: spotCheckConfigureInput,
  writes: 'oversight_settings',
  summary: '设置是否允许单位总管家核实本单位的抽查记录',
  async handler({ unitAdminsVerify }, ctx): Promise<SpotCheckSettingsView> {
    await oversightSettingRepo.setSpotCheck(ctx.db, { _id: 'spot_check', unitAdminsVerify, updatedBy: ctx.user._id, updatedAt: ctx.now() });
    ctx.audit.record('spot_check', unitAdminsVerify ? '允许单位总管家核实本单位的抽查记录' : '周抽查只由区科经委核实');
    return { unitAdminsVerify, share: SPOT_CHECK_SHARE, minimum: SPOT_CHECK_MIN_PER_UNIT };
  },
});

export const spotCheckActions = [spotCheckItems, spotCheckDraws, spotCheckFindings, spotCheckSettings, spotCheckConfigure];
