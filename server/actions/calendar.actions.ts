import { calendarListInput, calendarSetInput } from '../../src/core/contracts/org.contracts';
import { defineAction } from '../runtime/define-action';
import type { CalendarOverrideDoc } from '../db/documents';

export const calendarList = defineAction({
  name: 'calendar.list',
  roles: ['district_admin'],
  input: calendarListInput,
  writes: false,
  summary: '工作日历的人工调整（覆盖法定节假日数据包）',
  async handler(input, { db }) {
    const { data } = await db.collection<CalendarOverrideDoc>('calendar_overrides').limit(1000).get();
    return data
      .filter((d) => !input.year || d._id.startsWith(`${input.year}-`))
      .sort((a, b) => a._id.localeCompare(b._id))
      .map((d) => ({ date: d._id, working: d.working, note: d.note }));
  },
});

export const calendarSet = defineAction({
  name: 'calendar.set',
  roles: ['district_admin'],
  input: calendarSetInput,
  writes: true,
  summary: '设置某天为工作日或休息日（或取消设置）',
  async handler(input, ctx) {
    const overrides = ctx.db.collection('calendar_overrides');
    if (input.working === null) await overrides.where({ _id: input.date }).remove();
    else await overrides.doc(input.date).set({ data: { working: input.working, note: input.note, updatedBy: ctx.user._id, updatedAt: ctx.now() } });
    const label = input.working === null ? '取消调整' : input.working ? '设为工作日' : '设为休息日';
    await ctx.audit({ action: 'calendar.set', collection: 'calendar_overrides', recordId: input.date, summary: `${input.date} ${label}${input.note ? `（${input.note}）` : ''}` });
    return { date: input.date, working: input.working };
  },
});

export const calendarActions = [calendarList, calendarSet];
