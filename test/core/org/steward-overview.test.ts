import { cadenceDueDates, cadenceStatus } from '@/core/contact/cadence';
import { contactSummaryOf, coverageOf, demandCountsOf, satisfactionOf, type OverviewDemand } from '@/core/org/steward-overview';

const now = new Date('2026-03-16T02:00:00Z'); // Monday 10:00 in Shanghai
const since = '2025-01-01';

describe('a steward overview', () => {
  it('counts coverage per cadence: contacted and visited within it, overdue, long overdue and due soon', () => {
    const enterprises = [
      // Contacted and visited lately.
      { lastContactAt: new Date('2026-03-10T02:00:00Z'), lastVisitAt: new Date('2026-03-10T02:00:00Z'), since },
      // A call two weeks ago, but the visit is 100 days old: contact fine, visit overdue.
      { lastContactAt: new Date('2026-03-02T02:00:00Z'), lastVisitAt: new Date('2025-12-06T02:00:00Z'), since },
      // Nothing for 70 days: both overdue, the contact by more than 30 days.
      { lastContactAt: new Date('2026-01-05T02:00:00Z'), lastVisitAt: new Date('2026-01-05T02:00:00Z'), since },
      // Contact due within the week; a unit cadence of 14 days.
      { lastContactAt: new Date('2026-03-05T02:00:00Z'), lastVisitAt: new Date('2026-03-05T02:00:00Z'), since, contactCadenceDays: 14 },
    ];
    expect(coverageOf(enterprises, now)).toEqual({ enterprises: 4, contactedInCadence: 3, visitedInCadence: 3, contactOverdue: 1, visitOverdue: 1, longOverdue: 1, dueSoon: 1 });
    expect(coverageOf([], now)).toMatchObject({ enterprises: 0, contactedInCadence: 0 });
  });

  it('stores as the due date the earlier of the contact and the visit, which decides the state alone', () => {
    const e = { lastContactAt: new Date('2026-03-02T02:00:00Z'), lastVisitAt: new Date('2025-12-06T02:00:00Z'), since };
    const { contactDueAt, visitDueAt, nextDueAt } = cadenceDueDates(e);
    expect(nextDueAt).toEqual(visitDueAt);
    expect(nextDueAt < contactDueAt).toBe(true);
    expect(cadenceStatus(e, now)).toMatchObject({ state: 'overdue', nextDueAt });
  });

  it('sums contacts by kind, visits and enterprises reached', () => {
    const contacts = [
      { type: '电话', enterpriseId: 'a' }, { type: '上门走访', enterpriseId: 'a' }, { type: '电话', enterpriseId: 'b' }, { type: '座谈', enterpriseId: 'c' },
    ];
    expect(contactSummaryOf(contacts, '上门走访')).toEqual({
      total: 4, visits: 1, enterprisesContacted: 3, byType: [{ type: '电话', count: 2 }, { type: '上门走访', count: 1 }, { type: '座谈', count: 1 }],
    });
  });

  const periodStart = new Date('2026-02-15T16:00:00Z'); // 30 days up to 16 March, from midnight in Shanghai
  const before = new Date('2026-01-20T02:00:00Z');
  const inside = new Date('2026-03-02T02:00:00Z');

  it('counts demands by the day each thing happened: received, closed (not withdrawn) and escalated in the period', () => {
    const demands: OverviewDemand[] = [
      { createdAt: inside },
      { createdAt: before, escalatedAt: inside },
      { createdAt: before, closedAt: inside, closeReason: 'rated' },
      { createdAt: inside, closedAt: inside, closeReason: 'withdrawn' },
      { createdAt: before, closedAt: before, closeReason: 'auto', escalatedAt: before },
    ];
    expect(demandCountsOf(demands, periodStart)).toEqual({ received: 2, closed: 1, escalated: 1 });
  });

  it('rates on first ratings given in the period, counts bad reviews, and keeps auto-closed demands apart and never satisfied', () => {
    const rated = (satisfaction: string, resolved = '已解决', at = inside) => ({ at, resolved, satisfaction });
    const demands: OverviewDemand[] = [
      { createdAt: before, closeReason: 'rated', ratings: [rated('非常满意')] },
      { createdAt: inside, closeReason: 'rated', ratings: [rated('满意')] },
      { createdAt: inside, closeReason: 'rated', ratings: [rated('基本满意', '部分解决')] },
      // A bad first rating stays bad after rectification (the second rating is not the first).
      { createdAt: before, closeReason: 'rated', ratings: [rated('基本满意', '未解决'), rated('满意')] },
      // Rated before the period: not counted in it.
      { createdAt: before, closeReason: 'rated', ratings: [rated('不满意', '已解决', before)] },
      { createdAt: before, closedAt: inside, closeReason: 'auto' },
      { createdAt: inside },
    ];
    const s = satisfactionOf(demands, periodStart);
    expect(s.rated).toBe(4);
    expect(s.levels).toEqual([
      { level: '非常满意', count: 1 }, { level: '满意', count: 1 }, { level: '基本满意', count: 2 }, { level: '不满意', count: 0 }, { level: '非常不满意', count: 0 },
    ]);
    expect(s.satisfiedRate).toBe(0.5);
    expect(s.badReviews).toBe(1);
    expect(s.autoClosed).toBe(1);
    expect(satisfactionOf([{ createdAt: inside, closedAt: inside, closeReason: 'auto' }], periodStart)).toMatchObject({ rated: 0, satisfiedRate: null, autoClosed: 1 });
    expect(s.closedUnresolved).toBe(0);
    // Closed by the district as unresolved after a second bad review: apart, and its ratings count as any first rating does.
    const unresolved: OverviewDemand = { createdAt: before, closedAt: inside, closeReason: 'unresolved', ratings: [rated('不满意', '未解决', before), rated('非常不满意', '未解决')] };
    expect(satisfactionOf([unresolved], periodStart)).toMatchObject({ rated: 0, autoClosed: 0, closedUnresolved: 1 });
    expect(demandCountsOf([unresolved], periodStart)).toMatchObject({ closed: 1 });
  });
});
