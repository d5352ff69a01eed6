import { defaultLectureSlot } from '@/district/course-form.rules';

// Shanghai is UTC+8: 15:07Z is 23:07 there.
const at = (shanghai: string) => new Date(`${shanghai}+08:00`);

test('a lecture set up now defaults to two hours from the next half hour', () => {
  expect(defaultLectureSlot(at('2026-12-01T10:07:00'))).toEqual({ date: '2026-12-01', start: '10:30', end: '12:30' });
  expect(defaultLectureSlot(at('2026-12-01T21:30:00'))).toEqual({ date: '2026-12-01', start: '21:30', end: '23:30' });
});

test('late in the evening the default ends at 23:59, never at or before its start', () => {
  for (const time of ['22:01', '23:07', '23:30']) expect(defaultLectureSlot(at(`2026-12-31T${time}:00`)).end).toBe('23:59');
  expect(defaultLectureSlot(at('2026-12-31T23:07:00'))).toEqual({ date: '2026-12-31', start: '23:30', end: '23:59' });
  expect(defaultLectureSlot(at('2026-12-31T23:45:00'))).toEqual({ date: '2027-01-01', start: '00:00', end: '02:00' });
  // Every 7th minute of a day: the default is one the form accepts (it ends after it starts, the same day).
  for (let minute = 0; minute < 24 * 60; minute += 7) {
    const now = new Date(at('2026-12-01T00:00:00').getTime() + minute * 60_000);
    const slot = defaultLectureSlot(now);
    expect([minute, slot.end > slot.start]).toEqual([minute, true]);
  }
});
