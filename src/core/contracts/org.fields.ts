import { textRule, type DayRule } from './text-rule';

/** What the organisation actions accept (accounts, binding, enterprises, proposals), as plain data. */
export const PERSON_NAME = textRule('姓名', 2, 20, { missing: '请填写姓名', short: '姓名至少 2 个字' });
/** How a typed binding code is refused (its length and alphabet are in binding-code.rules). */
export const BINDING_CODE_FORMAT = { missing: '请输入绑定码', short: '请输入完整的绑定码', malformed: '绑定码格式不正确' };

export const PHONE_PATTERN = /^1\d{10}$/;
export const PHONE_MESSAGE = '请填写 11 位手机号';

export const ENTERPRISE_TEXT = {
  name: textRule('企业名称', 4, 60, { missing: '请填写企业名称', short: '企业名称至少 4 个字' }),
  industry: textRule('行业', 2, 20, { short: '请填写行业' }),
  address: textRule('地址', 4, 100, { short: '请填写地址' }),
};

export const CONTACT_CADENCE: DayRule = { label: '联系周期', min: 7, max: 180 };
export const VISIT_CADENCE: DayRule = { label: '走访周期', min: 14, max: 365 };
export const DEFAULT_CONTACT_CADENCE_DAYS = 30;
export const DEFAULT_VISIT_CADENCE_DAYS = 90;

export const MAX_ENTERPRISE_TAGS = 10;
export const TAG_MAX_LENGTH = 20;
export const TAGS_MESSAGE = `标签最多 ${MAX_ENTERPRISE_TAGS} 个，每个不超过 ${TAG_MAX_LENGTH} 个字`;

export const PROPOSAL_REASON = textRule('建议理由', 4, 300, { missing: '请填写建议理由', short: '请写明建议理由' });

/** Why a steward is replaced (调岗、离职…): the district reads it before confirming (art. 10). */
export const HANDOVER_REASON = textRule('交接原因', 2, 200, { missing: '请填写交接原因', short: '请写明交接原因' });
/** Why the district refuses a proposed handover, or sets a staffing rule aside. */
export const DECISION_REASON = textRule('理由', 2, 200, { missing: '请填写理由', short: '请写明理由' });

/** An enterprise's location (GCJ-02, as WeChat's maps give it), entered with its address. */
export const LATITUDE = { min: -90, max: 90, message: '纬度应在 -90 到 90 之间' };
export const LONGITUDE = { min: -180, max: 180, message: '经度应在 -180 到 180 之间' };
