import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import CalendarPage from '@/district/pages/calendar/index';
import { showModal } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';

jest.mock('@/services/cloud');
jest.mock('@tarojs/components', () => jest.requireActual('./components-with-date'));

const showModalMock = showModal as unknown as jest.Mock;
const THIS_YEAR = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));

type Day = { date: string; working: boolean; note: string; officialYear?: number };

function calendarServer(initial: Day[], withStatus = false) {
  const days = new Map(initial.map((day) => [day.date, day]));
  const entered = new Set<number>();
  answerActions({
    ...(withStatus
      ? {
          'calendar.status': () => ({
            today: '2026-12-01', horizonDays: 90, recalendarPending: false, uncoveredFrom: entered.has(2027) ? null : '2027-01-01',
            years: [{ year: 2026, source: 'package' }, { year: 2027, source: entered.has(2027) ? 'district' : 'none' }, { year: 2028, source: 'none' }],
          }),
          'calendar.setYear': ({ year, entries }: { year: number; entries: Array<{ kind: string; from: string; to: string; name: string }> }) => {
            entered.add(year);
            for (const e of entries) days.set(e.from, { date: e.from, working: e.kind === 'workday', note: `${e.name}${e.kind === 'workday' ? '调休上班' : '放假'}`, officialYear: year });
            return { year, days: entries.length, recalendar: { done: true, demandsMoved: 3 } };
          },
        }
      : {}),
    'calendar.list': ({ year }) => [...days.values()].filter((day) => day.date.startsWith(String(year))),
    'calendar.set': ({ date, working, note }) => {
      if (working === null) days.delete(date);
      else days.set(date, { date, working, note });
      return { date, working };
    },
  });
}

describe('working calendar', () => {
  it('explains why overrides exist and lists this year\'s', async () => {
    calendarServer([{ date: `${THIS_YEAR}-10-11`, working: true, note: '国庆调休上班' }]);
    render(<CalendarPage />);

    expect(screen.getByText(/上一年年底才由国务院公布/)).toBeInTheDocument();
    const item = (await screen.findByText(/国庆调休上班/)).closest('.override-item') as HTMLElement;
    expect(item).toHaveTextContent(`${THIS_YEAR}-10-11`);
    expect(item).toHaveTextContent('工作日');
    expect(inputsOf('calendar.list')).toEqual([{ year: THIS_YEAR }]);
  });

  it('adds a working day with its note and shows it', async () => {
    calendarServer([]);
    render(<CalendarPage />);
    await screen.findByText(`${THIS_YEAR} 年没有调整`);

    fireEvent.change(document.querySelector('input.date-picker-input') as HTMLInputElement, { target: { value: `${THIS_YEAR}-02-08` } });
    fireEvent.click(screen.getByText('工作日（调休上班）'));
    fireEvent.change(screen.getByPlaceholderText('如 春节调休'), { target: { value: ' 春节调休上班 ' } });
    fireEvent.click(screen.getByRole('button', { name: '添加' }));

    expect(await screen.findByText('春节调休上班')).toBeInTheDocument();
    expect(inputsOf('calendar.set')).toEqual([{ date: `${THIS_YEAR}-02-08`, working: true, note: '春节调休上班' }]);
  });

  it('asks for a date before adding', async () => {
    calendarServer([]);
    render(<CalendarPage />);
    fireEvent.click(screen.getByRole('button', { name: '添加' }));
    expect(await screen.findByText('请选择日期')).toHaveClass('field-error--date');
    expect(inputsOf('calendar.set')).toHaveLength(0);
  });

  it('removes an override after confirming, by sending working: null', async () => {
    calendarServer([{ date: `${THIS_YEAR}-05-05`, working: false, note: '临时休息' }]);
    render(<CalendarPage />);
    const item = (await screen.findByText('临时休息')).closest('.override-item') as HTMLElement;
    fireEvent.click(within(item).getByText('删除'));

    await waitFor(() => expect(inputsOf('calendar.set')).toEqual([{ date: `${THIS_YEAR}-05-05`, working: null, note: '' }]));
    expect(showModalMock).toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByText('临时休息')).toBeNull());
  });

  it('switches year', async () => {
    calendarServer([{ date: `${THIS_YEAR + 1}-01-02`, working: false, note: '元旦' }]);
    render(<CalendarPage />);
    fireEvent.click(screen.getByText(`${THIS_YEAR + 1} ›`));
    expect(await screen.findByText('元旦')).toBeInTheDocument();
    expect(inputsOf('calendar.list').at(-1)).toEqual({ year: THIS_YEAR + 1 });
  });

  it('takes a year\'s State Council schedule in one form, shows what it read, and the warning goes', async () => {
    calendarServer([], true);
    render(<CalendarPage />);
    expect(await screen.findByText('⚠ 2027 年的节假日安排尚未录入')).toBeInTheDocument();
    // The year missing its schedule is offered first.
    expect(screen.getByText('2027 年', { selector: '.year-schedule__year' })).toHaveClass('chip--selected');
    const notice = screen.getByPlaceholderText(/粘贴国务院办公厅的通知原文/);

    fireEvent.change(notice, { target: { value: '二、春节：2月6日（周六）至13日（周六）放假调休，共8天。2月15日（周一）上班。' } });
    expect(screen.getByText('2月6日至2月13日，共 8 天')).toBeInTheDocument();
    expect(screen.getByText('2027-02-15是周一，调休上班应为周六或周日')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /保存2027年安排/ }));
    expect(inputsOf('calendar.setYear')).toHaveLength(0);

    fireEvent.change(notice, { target: { value: '二、春节：2月6日（周六）至13日（周六）放假调休，共8天。2月14日（周日）、2月20日（周六）上班。\n端午节 6月9日至6月11日' } });
    expect(screen.getByText(/未注明“放假”或“上班”/)).toHaveTextContent('端午节 6月9日至6月11日');
    fireEvent.change(notice, { target: { value: '二、春节：2月6日（周六）至13日（周六）放假调休，共8天。2月14日（周日）、2月20日（周六）上班。\n端午节 6月9日至6月11日放假' } });
    fireEvent.click(screen.getByRole('button', { name: '保存2027年安排（放假 11 天，调休上班 2 天）' }));

    await waitFor(() =>
      expect(inputsOf('calendar.setYear')).toEqual([
        {
          year: 2027,
          entries: [
            { kind: 'holiday', from: '2027-02-06', to: '2027-02-13', name: '春节' },
            { kind: 'workday', from: '2027-02-14', to: '2027-02-14', name: '春节' },
            { kind: 'workday', from: '2027-02-20', to: '2027-02-20', name: '春节' },
            { kind: 'holiday', from: '2027-06-09', to: '2027-06-11', name: '端午节' },
          ],
        },
      ]),
    );
    await waitFor(() => expect(screen.queryByText('⚠ 2027 年的节假日安排尚未录入')).toBeNull());
    // The list moves to the year entered, each day marked as the State Council's.
    const made = (await screen.findAllByText('春节调休上班', { selector: '.override-note' }))[0].closest('.override-item') as HTMLElement;
    expect(made).toHaveTextContent('国务院安排');
    expect(screen.getByText(/2027 年按区里录入的国务院节假日安排计算工作日/)).toBeInTheDocument();
  });

  it('does not claim the official schedule for a year it does not have', async () => {
    calendarServer([]);
    render(<CalendarPage />);
    // The package (chinese-days 1.5.7) knows 2026 at most: two years on is surely without one.
    fireEvent.click(screen.getByText(`${THIS_YEAR + 1} ›`));
    fireEvent.click(screen.getByText(`${THIS_YEAR + 2} ›`));
    expect(await screen.findByText(/尚无官方节假日安排，暂按周一至周五计算工作日/)).toBeInTheDocument();
    expect(screen.queryByText(/按国家公布的节假日安排/)).toBeNull();
  });
});
