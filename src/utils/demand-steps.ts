import type { StepName } from '@/core/contracts/demand-step.contracts';
import { STEP_TEXT, stepNoteRule } from '@/core/contracts/demand.fields';
import { textProblem, type TextRule } from '@/core/contracts/text-rule';

/** A step note's limits as the form shows them, from the contract's rule (STEP_TEXT). */
export const noteLimits = (rule: TextRule) => ({ what: rule.label, min: rule.min, max: rule.max });

/**
 * How each lifecycle step looks in the app. The detail page shows a button for each step the
 * server lists in `detail.steps`; a step with one text field opens a small form on the page,
 * the others (a picker, a date, attachments, the rating scale) have a page of their own.
 */

export type NoteField = 'note' | 'reason' | 'resolution';

export interface NoteStepSpec {
  kind: 'note';
  label: string;
  field: NoteField;
  /** The field's name in the server's messages, e.g. 退回原因 → 请填写退回原因. */
  what: string;
  min: number;
  max: number;
  optional?: boolean;
  placeholder: string;
  hint?: string;
  confirm: string;
  done: string;
  danger?: boolean;
  /** After this step the viewer no longer sees the demand (it leaves their scope): go back. */
  leaves?: boolean;
}

export interface PageStepSpec {
  kind: 'page';
  label: string;
  url: (id: string) => string;
  danger?: boolean;
}

export type StepSpec = NoteStepSpec | PageStepSpec;

const q = (id: string) => `id=${encodeURIComponent(id)}`;
export const DEMAND_PAGES = {
  revise: (id: string) => `/enterprise/pages/demand-new/index?${q(id)}`,
  rate: (id: string) => `/enterprise/pages/demand-rate/index?${q(id)}`,
  supply: (id: string) => `/enterprise/pages/demand-supply/index?${q(id)}`,
  review: (id: string, mode: 'dispatch' | 'return') => `/steward/pages/demand-review/index?${q(id)}&mode=${mode}`,
  extend: (id: string) => `/department/pages/demand-extend/index?${q(id)}`,
  reassign: (id: string) => `/district/pages/demand-reroute/index?${q(id)}`,
  decide: (id: string) => `/district/pages/demand-decide/index?${q(id)}`,
};

const note = (spec: Omit<NoteStepSpec, 'kind'>): NoteStepSpec => ({ kind: 'note', ...spec });

export const STEP_SPECS: Partial<Record<StepName, StepSpec>> = {
  rate: { kind: 'page', label: '评价办理结果', url: DEMAND_PAGES.rate },
  supplyMaterials: { kind: 'page', label: '补充材料', url: DEMAND_PAGES.supply },
  revise: { kind: 'page', label: '修改后重新提交', url: DEMAND_PAGES.revise },
  dispatch: { kind: 'page', label: '审核派单', url: (id) => DEMAND_PAGES.review(id, 'dispatch') },
  return: { kind: 'page', label: '退回修改', url: (id) => DEMAND_PAGES.review(id, 'return') },
  reassign: { kind: 'page', label: '重新派单', url: DEMAND_PAGES.reassign },
  orderRectification: { kind: 'page', label: '裁定：再次整改', url: DEMAND_PAGES.decide },
  closeUnresolved: { kind: 'page', label: '裁定：以未解决关闭', url: DEMAND_PAGES.decide, danger: true },
  accept: note({
    label: '受理', field: 'note', ...noteLimits(STEP_TEXT.acceptNote), optional: true,
    placeholder: '可填写经办人、联系方式等（选填）', hint: '受理后请在 1 个工作日内联系企业。', confirm: '确认受理', done: '已受理',
  }),
  recordContact: note({
    label: '记录联系', field: 'note', ...noteLimits(STEP_TEXT.contactNote),
    placeholder: '何时以何种方式联系了谁，了解到的情况', confirm: '保存联系记录', done: '已记录联系',
  }),
  resolve: note({
    label: '办结', field: 'resolution', ...noteLimits(STEP_TEXT.resolution),
    placeholder: '办理结果和给企业的答复（企业可见，至少 10 字）', hint: '办结后请企业评价；企业 10 个工作日内未评价将自动关闭。', confirm: '确认办结', done: '已办结',
  }),
  rectify: note({
    label: '完成整改', field: 'note', ...noteLimits(STEP_TEXT.rectifyNote),
    placeholder: '针对企业的差评做了哪些整改（企业可见，至少 10 字）', hint: '提交后请企业再次评价。', confirm: '提交整改结果', done: '已提交整改',
  }),
  callback: note({
    label: '记录回访', field: 'note', ...noteLimits(STEP_TEXT.callbackNote),
    placeholder: '回访了谁，企业不满意的原因和诉求', hint: '差评须在 1 个工作日内回访。', confirm: '保存回访记录', done: '已记录回访',
  }),
  comment: note({
    label: '补充说明', field: 'note', ...noteLimits(STEP_TEXT.comment),
    placeholder: '对管家代您提交的内容补充或更正（管家和承办部门可见）', hint: '这条诉求由服务管家代您提交，补充说明会记入办理进度。', confirm: '提交说明', done: '已补充说明',
  }),
  progress: note({
    label: '发布进展', field: 'note', ...noteLimits(STEP_TEXT.progressNote),
    placeholder: '目前办到哪一步，下一步做什么（企业可见）', confirm: '发布进展', done: '已发布进展',
  }),
  requestMaterials: note({
    label: '请企业补充材料', field: 'note', ...noteLimits(STEP_TEXT.materialsNote),
    placeholder: '需要企业补充哪些材料', hint: '企业补充材料期间，办理时限暂停计时。', confirm: '发送给企业', done: '已请企业补充材料',
  }),
  extend: { kind: 'page', label: '申请延期', url: DEMAND_PAGES.extend },
  returnMisrouted: note({
    label: '非本部门职责，退回', field: 'reason', ...noteLimits(STEP_TEXT.misroutedReason), danger: true,
    placeholder: '为何不属于本部门职责，建议由哪个部门办理', hint: '退回后由区科经委在 1 个工作日内重新派单。', confirm: '确认退回', done: '已退回区科经委',
    leaves: true,
  }),
  withdraw: note({
    label: '撤回诉求', field: 'reason', ...noteLimits(STEP_TEXT.withdrawReason), danger: true,
    placeholder: '请说明撤回的原因', hint: '撤回后诉求不再办理，如有需要可重新提交。', confirm: '确认撤回', done: '已撤回',
  }),
};

/** The steps as buttons, in the order they appear (the usual next step first). */
export const STEP_ORDER = Object.keys(STEP_SPECS) as StepName[];

export const visibleSteps = (steps: string[]): StepName[] => STEP_ORDER.filter((step) => steps.includes(step));

/** The server's wording for a text field (see demand-step.contracts.ts). */
export function checkNote(spec: Pick<NoteStepSpec, 'what' | 'min' | 'max' | 'optional'>, value: string): string {
  return textProblem(value, stepNoteRule(spec.what, spec.min, spec.max)) ?? '';
}

/** Errors trying again cannot fix, titled for the person: the demand's pages offer 返回 instead of 重试. */
export const DEMAND_FINAL_ERRORS: Record<string, string> = { NOT_FOUND: '诉求不存在', FORBIDDEN: '无权查看此诉求' };
