import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import CalendarPage from '@/district/pages/calendar/index';
import { showModal } from '../doubles/taro';
import { answerActions, inputsOf } from './cloud-mock';

jest.mock('@/services/cloud');
jest.mock('@tarojs/components', () => jest.requireActual('./components-with-date'));

const showModalMock = showModal as unknown as jest.Mock;
const THIS_YEAR = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));

function calendarServer(initial: Array<{ date: string; working: boolean; note: string }>) {
  const days = new Map(initial.map((day) => [day.date, day]));
  answerActions({
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

    expect(screen.getByText(/上一年年底才公布/)).toBeInTheDocument();
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
});
