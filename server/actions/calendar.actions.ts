import { calendarListInput, calendarSetInput } from '../../src/core/contracts/org.contracts';
import { defineAction } from '../runtime/define-action';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { shanghaiDate } from '../../src/core/time/shanghai';
import { requestRepair } from '../jobs/repair-figures.job';

const calendarList = defineAction({
  name: 'calendar.list',
  roles: ['district_admin'],
  input: calendarListInput,
  writes: false,
  summary: '工作日历的人工调整（覆盖法定节假日数据包）',
  async handler(input, { db }) {
    return (await calendarOverrideRepo.list(db))
      .filter((d) => !input.year || d._id.startsWith(`${input.year}-`))
      .map((d) => ({ date: d._id, working: d.working, note: d.note }));
  },
});

const calendarSet = defineAction({
  name: 'calendar.set',
  roles: ['district_admin'],
  input: calendarSetInput,
  writes: 'calendar_overrides',
  summary: '设置某天为工作日或休息日（或取消设置）',
  async handler(input, ctx) {
    if (input.working === null) await calendarOverrideRepo.clear(ctx.db, input.date);
    else await calendarOverrideRepo.set(ctx.db, { _id: input.date, working: input.working, note: input.note, updatedBy: ctx.user._id, updatedAt: ctx.now() });
    // Deadlines around the day move, and with them on-time figures already counted: rebuild from a
    // month and a half before it (the longest stage, 15 working days, started no earlier).
    const from = shanghaiDate(new Date(Math.min(Date.parse(`${input.date}T12:00:00+08:00`), ctx.now().getTime()) - 45 * 86_400_000)).slice(0, 7);
    await requestRepair(ctx.db, { from, full: false, reason: `工作日历调整（${input.date}）`, by: ctx.user._id }, ctx.now());
    const label = input.working === null ? '取消调整' : input.working ? '设为工作日' : '设为休息日';
    ctx.audit.record(input.date, `${input.date} ${label}${input.note ? `（${input.note}）` : ''}`);
    return { date: input.date, working: input.working };
  },
});

export const calendarActions = [calendarList, calendarSet];
