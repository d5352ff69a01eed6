import { CHIP_MAX_LENGTH, MAX_CHIPS, POLICY_DATES_MESSAGE, POLICY_LINK_MAX, POLICY_TEXT } from '@/core/contracts/fieldwork.fields';
import { linkProblem } from '@/core/contracts/link-rule';
import type { ActionInput } from '@/core/contracts';
import { hasHiddenCharacters, hiddenCharacterMessage, textProblem } from '@/core/contracts/text-rule';
import { presentErrors } from '@/utils/form-errors';

export { CHIP_MAX_LENGTH } from '@/core/contracts/fieldwork.fields';

/** Suggestions offered as chips; anything else can be typed in. */
export const INDUSTRY_OPTIONS = ['集成电路', '生物医药', '人工智能', '金融服务', '航运物流', '高端装备', '汽车制造', '软件信息', '商贸零售', '文化旅游', '新能源', '航空航天'];
export const TAG_OPTIONS = ['规上企业', '专精特新', '高新技术企业', '外资企业', '总部企业'];

/** `policy.create`'s input as the form holds it: every field present, the link '' when there is none. */
export type PolicyDraft = Required<Omit<ActionInput<'policy.create'>, 'attachmentFileId'>>;

type PolicyField = keyof PolicyDraft;
type PolicyErrors = Partial<Record<PolicyField, string>>;
export const POLICY_FIELDS: PolicyField[] = ['title', 'summary', 'issuer', 'validFrom', 'validTo', 'industries', 'tags', 'link'];

/** The checks of `policy.create` (policyCreateInput), on the device first. */
export function validatePolicy(d: PolicyDraft): PolicyErrors {
  return presentErrors({
    title: textProblem(d.title, POLICY_TEXT.title),
    summary: textProblem(d.summary, POLICY_TEXT.summary),
    issuer: textProblem(d.issuer, POLICY_TEXT.issuer),
    validFrom: d.validFrom ? undefined : '请选择生效日期',
    validTo: !d.validTo ? '请选择截止日期' : d.validFrom && d.validTo < d.validFrom ? POLICY_DATES_MESSAGE : undefined,
    link: linkProblem(d.link, POLICY_LINK_MAX),
  });
}

/** A custom industry or tag typed in: trimmed, not empty, not too long, not already there. */
export function chipProblem(value: string, existing: string[]): string | undefined {
  const chip = value.trim();
  if (!chip) return '请输入内容';
  if (hasHiddenCharacters(chip)) return hiddenCharacterMessage('标签');
  if (chip.length > CHIP_MAX_LENGTH) return `不超过 ${CHIP_MAX_LENGTH} 个字`;
  if (existing.includes(chip)) return '已添加';
  if (existing.length >= MAX_CHIPS) return `最多 ${MAX_CHIPS} 个`;
  return undefined;
}
