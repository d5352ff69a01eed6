import { cadenceStatus, selectReminder } from '@/core/contact/cadence';
import { distanceMeters } from '@/core/contact/geo';

const now = new Date('2026-03-16T02:00:00Z'); // Monday 10:00 in Shanghai

describe('contact cadence', () => {
  it('puts the next contact 30 days after the last one, and the visit 90 days after the last visit', () => {
    const s = cadenceStatus({ lastContactAt: new Date('2026-03-01T02:00:00Z'), lastVisitAt: new Date('2026-01-10T02:00:00Z'), since: '2025-01-01' }, now);
    expect(s.contactDueAt.toISOString()).toBe('2026-03-31T15:59:59.999Z');
    expect(s.visitDueAt.toISOString()).toBe('2026-04-10T15:59:59.999Z');
    expect(s).toMatchObject({ contactState: 'ok', visitState: 'ok', state: 'ok' });
  });

  it('is due soon within a week and overdue after the day has passed (Shanghai days)', () => {
    expect(cadenceStatus({ lastContactAt: new Date('2026-02-18T02:00:00Z'), lastVisitAt: new Date('2026-02-18T02:00:00Z'), since: '2025-01-01' }, now).contactState).toBe('due_soon');
    const overdue = cadenceStatus({ lastContactAt: new Date('2026-02-10T02:00:00Z'), lastVisitAt: new Date('2026-01-05T02:00:00Z'), since: '2025-01-01' }, now);
    expect(overdue).toMatchObject({ contactState: 'overdue', state: 'overdue' });
    expect(overdue.daysOverdue).toBe(4); // due end of 12 Mar
  });

  it('counts an on-site visit as a contact, and uses the unit’s cadence', () => {
    const s = cadenceStatus({ lastVisitAt: new Date('2026-03-10T02:00:00Z'), lastContactAt: new Date('2026-01-01T02:00:00Z'), since: '2025-01-01', contactCadenceDays: 14 }, now);
    expect(s.contactDueAt.toISOString()).toBe('2026-03-24T15:59:59.999Z');
  });

  it('starts the clock when the enterprise joined the list if it was never contacted', () => {
    expect(cadenceStatus({ since: new Date('2026-03-01T02:00:00Z') }, now).contactDueAt.toISOString()).toBe('2026-03-31T15:59:59.999Z');
  });

  it('selects one reminder per steward, most pressing first', () => {
    const item = (id: string, state: 'overdue' | 'due_soon' | 'ok', due: string) => ({ enterpriseId: id, enterpriseName: id, state, nextDueAt: new Date(due), daysOverdue: 0 });
    expect(selectReminder([item('a', 'ok', '2026-04-01')])).toBeNull();
    expect(selectReminder([item('a', 'due_soon', '2026-03-20'), item('b', 'overdue', '2026-03-01'), item('c', 'overdue', '2026-03-10'), item('d', 'ok', '2026-05-01')])).toEqual({
      overdue: 2, dueSoon: 1, first: item('b', 'overdue', '2026-03-01'),
    });
  });
});

describe('check-in distance', () => {
  it('measures the distance from the registered location', () => {
    expect(distanceMeters({ latitude: 31.2304, longitude: 121.4737 }, { latitude: 31.2304, longitude: 121.4737 })).toBe(0);
    // 0.01° of latitude is about 1.11 km.
    expect(distanceMeters({ latitude: 31.2, longitude: 121.5 }, { latitude: 31.21, longitude: 121.5 })).toBeGreaterThan(1100);
    expect(distanceMeters({ latitude: 31.2, longitude: 121.5 }, { latitude: 31.21, longitude: 121.5 })).toBeLessThan(1120);
  });
});
