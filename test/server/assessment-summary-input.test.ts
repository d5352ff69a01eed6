import { summaryOnTimeRates } from '../../server/assessment/summary-input';
import { openTestCloud, type TestCloud } from '../support/test-cloud';

/** The annual summary's indicator in the assessment: on time 1, late 0.5, none 0, not asked for yet: no data. */
describe('the assessment reads the annual summaries', () => {
  let t: TestCloud;
  beforeEach(() => {
    t = openTestCloud({ seed: false });
  });
  afterEach(() => t.close());

  const db = () => t.cloud.database();
  const rates = () => t.cloud.run(() => summaryOnTimeRates(db() as never, 2026));
  const summary = (id: string, fields: object) => t.cloud.run(() => db().collection('summaries').add({ data: { _id: id, year: 2026, status: 'draft', version: 1, ...fields } }));

  it('has no data before the district sets the year’s deadline, then scores each submission', async () => {
    await summary('2026-steward-s1', { kind: 'steward', subjectId: 's1', stewardId: 's1', unitId: 'u1', status: 'accepted', submittedAt: new Date('2026-12-20T02:00:00Z'), late: false });
    expect(await rates()).toMatchObject({ asked: false });

    await t.cloud.run(() => db().collection('summary_rounds').add({ data: { _id: '2026', year: 2026, version: 1, sent: [], deadline: '2026-12-31' } }));
    await summary('2026-steward-s2', { kind: 'steward', subjectId: 's2', stewardId: 's2', unitId: 'u1', status: 'submitted', submittedAt: new Date('2027-01-05T02:00:00Z'), late: true });
    await summary('2026-steward-s3', { kind: 'steward', subjectId: 's3', stewardId: 's3', unitId: 'u1', status: 'draft' });
    await summary('2026-unit-u1', { kind: 'unit', subjectId: 'u1', unitId: 'u1', status: 'submitted', submittedAt: new Date('2026-12-30T02:00:00Z'), late: false });
    const { asked, rates: r } = await rates();
    expect(asked).toBe(true);
    expect(Object.fromEntries(r.stewards)).toEqual({ s1: 1, s2: 0.5 });
    expect(Object.fromEntries(r.units)).toEqual({ u1: 1 });
  });
});
