import { defaultLectureSlot } from '@/district/course-form.rules';

// Shanghai is UTC+8: 15:07Z is 23:07 there.
const at = (shanghai: string) => new Date(`${shanghai}+08:00`);

test('a lecture set up now defaults to two hours from the next half hour', () => {
  expect(defaultLectureSlot(at('2026-12-01T10:07:00'))).toEqual({ date: '2026-12-01', start: '10:30', end: '12:30' });
  expect(defaultLectureSlot(at('2026-12-01T21:30:00'))).toEqual({ date: '2026-12-01', start: '21:30', end: '23:30' });
});

test('late in the evening it defaults to the next morning, never to an end at or before its start', () => {
  for (const time of ['22:01', '23:07', '23:30', '23:59']) {
    expect(defaultLectureSlot(at(`2026-12-31T${time}:00`))).toEqual({ date: '2027-01-01', start: '09:00', end: '11:00' });
  }
  expect(defaultLectureSlot(at('2026-12-01T03:10:00'))).toEqual({ date: '2026-12-01', start: '09:00', end: '11:00' });
  // Every minute of a day: the default slot is one a lecture form accepts (end after start, same day).
  for (let minute = 0; minute < 24 * 60; minute += 7) {
    const now = new Date(at('2026-12-01T00:00:00').getTime() + minute * 60_000);
    const slot = defaultLectureSlot(now);
    expect([minute, slot.end > slot.start]).toEqual([minute, true]);
  }
});
