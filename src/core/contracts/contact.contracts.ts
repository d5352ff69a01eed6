import { z } from 'zod';
import { pageInput } from './demand.contracts';

export const CONTACT_TYPES = ['电话', '座谈', '上门走访', '短信/微信', '其他'] as const;

const content = (what: string, min: number, max: number) =>
  z.string({ error: `请填写${what}` }).trim().min(min, { error: `请填写${what}（至少 ${min} 个字）` }).max(max, { error: `${what}不超过 ${max} 个字` });

export const checkInInput = z.object({
  at: z.iso.datetime({ offset: true, error: '打卡时间格式不正确' }),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  photoFileIds: z.array(z.string().min(1).max(300)).max(9).default([]),
});

/**
 * A contact counts only with its content: who was met, what was discussed, what came of it.
 * An on-site visit also carries a check-in from the device.
 */
export const contactRecordInput = z
  .object({
    enterpriseId: z.string({ error: '请选择企业' }).min(1).max(64),
    type: z.enum(CONTACT_TYPES, { error: '请选择联系方式' }),
    at: z.iso.datetime({ offset: true, error: '联系时间格式不正确' }),
    who: content('联系对象', 2, 100),
    topics: content('沟通内容', 4, 500),
    outcome: content('联系成效', 2, 500),
    nextStep: z.string().trim().max(300, { error: '下一步安排不超过 300 个字' }).default(''),
    demandIds: z.array(z.string().min(1).max(64)).max(10).default([]),
    checkIn: checkInInput.optional(),
  })
  .refine((c) => c.type !== '上门走访' || !!c.checkIn, { path: ['checkIn'], message: '上门走访需要现场打卡定位' });
export type ContactRecordInput = z.input<typeof contactRecordInput>;

export const contactListInput = z.object({ enterpriseId: z.string().min(1).max(64).optional(), ...pageInput });
