import { dueResearchReminders, nextResearchReminderAt, researchReminderSchedule } from '@/core/fieldwork/research-reminders';

// Tuesday 3 Nov 2026; the follow-up is due at the end of Tue 17 Nov (10 working days).
const visit = { status: 'recorded' as const, date: '2026-11-03', promises: [{ id: 'p1', dueDate: '2026-11-20', status: 'open' as const }], remindersSent: [] };
const at = (iso: string) => new Date(iso);

describe('research reminders', () => {
  it('reminds two working days ahead and escalates when due', () => {
    const byKey = Object.fromEntries(researchReminderSchedule(visit).map((r) => [r.key, r.at.toISOString()]));
    expect(byKey).toEqual({
      'followUp:remind': at('2026-11-13T23:59:59.999+08:00').toISOString(),
      'followUp:escalate': at('2026-11-17T23:59:59.999+08:00').toISOString(),
      'promise:p1:remind': at('2026-11-17T23:59:59.999+08:00').toISOString(),
      'promise:p1:escalate': at('2026-11-20T23:59:59.999+08:00').toISOString(),
    });
  });

  it('sends only the escalation when the timer first sees an item after its deadline, and marks both', () => {
    const { send, marked, nextAt } = dueResearchReminders(visit, at('2026-11-18T08:30:00+08:00'));
    expect(send.map((r) => r.key)).toEqual(['followUp:escalate', 'promise:p1:remind']);
    expect(marked.sort()).toEqual(['followUp:escalate', 'followUp:remind', 'promise:p1:remind']);
    expect(nextAt).toEqual(at('2026-11-20T23:59:59.999+08:00'));
  });

  it('has nothing left once all is done, and nothing for a cancelled plan', () => {
    expect(nextResearchReminderAt({ ...visit, followUpAt: new Date(), promises: [{ ...visit.promises[0], status: 'closed' }] })).toBeUndefined();
    expect(researchReminderSchedule({ ...visit, status: 'cancelled' })).toEqual([]);
    expect(researchReminderSchedule({ ...visit, status: 'planned' }).map((r) => r.key)).toEqual(['plan:record']);
  });
});
