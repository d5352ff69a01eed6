/**
 * The limits and wording of `policy.create` (policyCreateInput), checked on the device first.
 * Kept here rather than imported so the page does not ship zod.
 */
export const INDUSTRY_OPTIONS = ['集成电路', '生物医药', '人工智能', '金融服务', '航运物流', '高端装备', '汽车制造', '软件信息', '商贸零售', '文化旅游', '新能源', '航空航天'];
export const TAG_OPTIONS = ['规上企业', '专精特新', '高新技术企业', '外资企业', '总部企业'];
export const MAX_CHIPS = 20;
export const CHIP_MAX_LENGTH = 20;

export interface PolicyDraft {
  title: string;
  summary: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  industries: string[];
  tags: string[];
  link: string;
}

export type PolicyField = keyof PolicyDraft;
export type PolicyErrors = Partial<Record<PolicyField, string>>;
export const POLICY_FIELDS: PolicyField[] = ['title', 'summary', 'issuer', 'validFrom', 'validTo', 'industries', 'tags', 'link'];

const text = (value: string, what: string, min: number, max: number) => {
  const length = value.trim().length;
  if (length < min) return `请填写${what}（至少 ${min} 个字）`;
  if (length > max) return `${what}不超过 ${max} 个字`;
  return undefined;
};

export function validatePolicy(d: PolicyDraft): PolicyErrors {
  const found: PolicyErrors = {
    title: text(d.title, '政策名称', 4, 100),
    summary: text(d.summary, '政策要点', 10, 1000),
    issuer: text(d.issuer, '发布单位', 2, 50),
    validFrom: d.validFrom ? undefined : '请选择生效日期',
    validTo: !d.validTo ? '请选择截止日期' : d.validFrom && d.validTo < d.validFrom ? '截止日期不能早于生效日期' : undefined,
    link: d.link.trim() && (!/^https?:\/\/\S+$/.test(d.link.trim()) || d.link.trim().length > 300) ? '链接格式不正确' : undefined,
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v)) as PolicyErrors;
}

/** A custom industry or tag typed in: trimmed, not empty, not too long, not already there. */
export function chipProblem(value: string, existing: string[]): string | undefined {
  const chip = value.trim();
  if (!chip) return '请输入内容';
  if (chip.length > CHIP_MAX_LENGTH) return `不超过 ${CHIP_MAX_LENGTH} 个字`;
  if (existing.includes(chip)) return '已添加';
  if (existing.length >= MAX_CHIPS) return `最多 ${MAX_CHIPS} 个`;
  return undefined;
}
