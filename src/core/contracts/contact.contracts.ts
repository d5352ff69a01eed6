import * as z from 'zod';
import { CHECK_IN_REQUIRED, CONTACT_TEXT, CONTACT_TYPES, MAX_CHECK_IN_PHOTOS, ON_SITE } from './contact.fields';
import { deferred, optionalText, pageInput, text } from './common.contracts';

export const checkInInput = deferred(() => z.object({
  at: z.iso.datetime({ offset: true, error: '打卡时间格式不正确' }),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  photoFileIds: z.array(z.string().min(1).max(300)).max(MAX_CHECK_IN_PHOTOS).default([]),
}));

/**
 * A contact counts only with its content: who was met, what was discussed, what came of it.
 * An on-site visit also carries a check-in from the device.
 */
export type CheckInInput = z.input<typeof checkInInput>;

export const contactRecordInput = deferred(() => z
  .object({
    enterpriseId: z.string({ error: '请选择企业' }).min(1).max(64),
    type: z.enum(CONTACT_TYPES, { error: '请选择联系方式' }),
    at: z.iso.datetime({ offset: true, error: '联系时间格式不正确' }),
    who: text(CONTACT_TEXT.who),
    topics: text(CONTACT_TEXT.topics),
    outcome: text(CONTACT_TEXT.outcome),
    nextStep: optionalText(CONTACT_TEXT.nextStep),
    demandIds: z.array(z.string().min(1).max(64)).max(10).default([]),
    checkIn: checkInInput.optional(),
  })
  .refine((c) => c.type !== ON_SITE || !!c.checkIn, { path: ['checkIn'], message: CHECK_IN_REQUIRED }));

export const contactListInput = deferred(() => z.object({
  enterpriseId: z.string().min(1).max(64).optional(),
  /** Only the check-ins flagged for oversight: too far from the enterprise, or nothing to measure against. */
  checkInFlag: z.enum(['far', 'no_location']).optional(),
  ...pageInput(),
}));

