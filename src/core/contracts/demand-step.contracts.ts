import { z } from 'zod';
import { DEMAND_CATEGORIES, URGENCIES } from '../demand/demand.model';
import { RESOLUTION_ANSWERS, SATISFACTION_LEVELS } from '../demand/satisfaction';

/** Inputs of the lifecycle steps. Every step names the version it saw: a stale step is refused. */
const target = {
  id: z.string({ error: '缺少诉求编号' }).min(1).max(64),
  version: z.number({ error: '缺少版本号，请刷新后重试' }).int().min(1),
};
const text = (what: string, min: number, max: number) =>
  z.string({ error: `请填写${what}` }).trim().min(min, { error: `请填写${what}（至少 ${min} 个字）` }).max(max, { error: `${what}不超过 ${max} 个字` });

export const attachmentInput = z.object({
  fileID: z.string().min(1).max(300),
  name: z.string().trim().min(1).max(100),
});
export const attachmentsInput = z.array(attachmentInput).max(6, { error: '附件最多 6 个' }).default([]);

export const stepInputs = {
  revise: z.object({
    ...target,
    category: z.enum(DEMAND_CATEGORIES, { error: '请选择诉求类别' }),
    title: text('诉求标题', 2, 50),
    description: text('诉求描述', 10, 1000),
    urgency: z.enum(URGENCIES).default('normal'),
    attachments: attachmentsInput,
  }),
  withdraw: z.object({ ...target, reason: text('撤回原因', 2, 200) }),
  return: z.object({ ...target, reason: text('退回原因', 4, 300) }),
  dispatch: z.object({
    ...target,
    departmentId: z.string({ error: '请选择承办部门' }).min(1, { error: '请选择承办部门' }).max(64),
    complexity: z.enum(['simple', 'complex'], { error: '请选择办理类型' }),
    note: z.string().trim().max(300).default(''),
  }),
  accept: z.object({ ...target, note: z.string().trim().max(300).default('') }),
  recordContact: z.object({ ...target, note: text('联系情况', 4, 500) }),
  progress: z.object({ ...target, note: text('办理进展', 4, 500) }),
  requestMaterials: z.object({ ...target, note: text('需补充的材料', 4, 500) }),
  supplyMaterials: z.object({ ...target, note: text('补充说明', 2, 500), attachments: attachmentsInput }),
  extend: z.object({
    ...target,
    reason: text('延期理由', 4, 300),
    newDueDate: z.iso.date({ error: '请选择新的承诺办结日期' }),
  }),
  returnMisrouted: z.object({ ...target, reason: text('退回理由', 4, 300) }),
  reassign: z.object({
    ...target,
    departmentId: z.string({ error: '请选择承办部门' }).min(1, { error: '请选择承办部门' }).max(64),
    complexity: z.enum(['simple', 'complex']).optional(),
    note: z.string().trim().max(300).default(''),
  }),
  resolve: z.object({ ...target, resolution: text('办理结果', 10, 1000) }),
  rate: z.object({
    ...target,
    resolved: z.enum(RESOLUTION_ANSWERS, { error: '请选择诉求是否解决' }),
    satisfaction: z.enum(SATISFACTION_LEVELS, { error: '请选择满意度' }),
    comment: z.string().trim().max(300, { error: '评价不超过 300 个字' }).default(''),
  }),
  callback: z.object({ ...target, note: text('回访情况', 4, 500) }),
  rectify: z.object({ ...target, note: text('整改情况', 10, 1000) }),
};
