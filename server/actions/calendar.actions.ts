import { calendarListInput, calendarOverridesInput, calendarSetInput, calendarSetYearInput } from '../../src/core/contracts/org.contracts';
import { emptyInput } from '../../src/core/contracts/common.contracts';
import { calendarCoverage } from '../../src/core/time/calendar-coverage';
import { shanghaiDate } from '../../src/core/time/shanghai';
import { scheduleDays } from '../../src/core/time/year-schedule';
import { defineAction } from '../runtime/define-action';
import { calendarChangeRepo } from '../db/calendar-change.repo';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { recalendarAfter } from './calendar-change';

const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

const calendarList = defineAction({
  name: 'calendar.list',
  roles: ['district_admin'],
  input: calendarListInput,
  writes: false,
  summary: '工作日历的人工调整与录入的国务院节假日安排（覆盖法定节假日数据包）',
  async handler(input, { db }) {
    return (await calendarOverrideRepo.list(db))
      .filter((d) => !input.year || d._id.startsWith(`${input.year}-`))
      .map((d) => ({ date: d._id, working: d.working, note: d.note, ...(d.officialYear ? { officialYear: d.officialYear } : {}) }));
  },
});

const calendarSet = defineAction({
  name: 'calendar.set',
  roles: ['district_admin'],
  input: calendarSetInput,
  writes: 'calendar_overrides',
  summary: '设置某天为工作日或休息日（或取消设置），在办诉求的期限随之重新计算',
  async handler(input, ctx) {
    if (input.working === null) await calendarOverrideRepo.clear(ctx.db, input.date);
    else await calendarOverrideRepo.set(ctx.db, { _id: input.date, working: input.working, note: input.note, updatedBy: ctx.user._id, updatedAt: ctx.now() });
    const label = input.working === null ? '取消调整' : input.working ? '设为工作日' : '设为休息日';
    ctx.audit.record(input.date, `${input.date} ${label}${input.note ? `（${input.note}）` : ''}`);
    const recalendar = await recalendarAfter(ctx, { summary: `${monthDay(input.date)}${label}`, firstDay: input.date });
    return { date: input.date, working: input.working, recalendar };
  },
});

const calendarSetYear = defineAction({
  name: 'calendar.setYear',
  roles: ['district_admin'],
  input: calendarSetYearInput,
  writes: 'calendar_overrides',
  summary: '录入某年国务院公布的节假日安排（放假与调休上班），替换此前录入的该年安排',
  async handler(input, ctx) {
    const at = ctx.now();
    const days = scheduleDays(input.entries).map((d) => ({ _id: d.date, working: d.working, note: d.note, updatedBy: ctx.user._id, updatedAt: at }));
    await calendarOverrideRepo.replaceYear(ctx.db, input.year, days);
    const holidays = days.filter((d) => !d.working).length;
    ctx.audit.record(String(input.year), `录入${input.year}年节假日安排：放假 ${holidays} 天，调休上班 ${days.length - holidays} 天`);
    const recalendar = await recalendarAfter(ctx, { summary: `录入${input.year}年国务院节假日安排`, firstDay: `${input.year}-01-01` });
    return { year: input.year, days: days.length, recalendar };
  },
});

const calendarStatus = defineAction({
  name: 'calendar.status',
  roles: ['district_admin'],
  input: emptyInput,
  writes: false,
  summary: '未来 90 天是否都有官方节假日安排（数据包或区里录入），以及期限重算是否在进行',
  async handler(_input, { db, now }) {
    const [years, pending] = await Promise.all([calendarOverrideRepo.officialYears(db), calendarChangeRepo.nextPending(db)]);
    return { ...calendarCoverage(shanghaiDate(now()), years), recalendarPending: !!pending };
  },
});

const calendarOverrides = defineAction({
  name: 'calendar.overrides',
  roles: 'bound',
  input: calendarOverridesInput,
  writes: false,
  summary: '某段日期内区里对节假日的调整（供小程序按同一日历检查工作日）',
  handler: (input, { db }) => calendarOverrideRepo.between(db, input.from, input.to),
});

export const calendarActions = [calendarList, calendarSet, calendarSetYear, calendarStatus, calendarOverrides];
