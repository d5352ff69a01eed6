/**
 * An ordered walk on two pinned flags against one pinned id: the planner's scores count pinned
 * fields, so the walk looks narrower, yet the id leaves a handful of rows. Those are read and
 * sorted (an enterprise's active contacts among every enterprise user), not walked for.
 */
import { useTwins } from './twin-harness';

const DOCS = () =>
  Array.from({ length: 3000 }, (_, i) => ({
    _id: `u${String(i).padStart(5, '0')}`,
    role: 'enterprise',
    status: 'active',
    enterpriseId: `ent-${i % 1500}`,
  }));
const t = useTwins('users', [{ fields: ['role', 'status', '_id'] }, { fields: ['enterpriseId'] }], DOCS);
const ids = (r: { data: Array<{ _id: string }> }) => r.data.map((d) => d._id);

test('a selective field beats an ordered walk on more but commoner fields', async () => {
  const r = await t.both((db) => db.collection('users').where({ role: 'enterprise', enterpriseId: 'ent-7', status: 'active' }).orderBy('_id', 'asc').limit(1000).get().then(ids));
  expect(r.indexed).toEqual(['u00007', 'u01507']);
  expect(r.indexed).toEqual(r.plain);
  expect(r.rowsIndexed).toBe(2);
  expect(r.rowsPlain).toBe(3000);
});

test('where the flags leave few rows, the ordered walk stays', async () => {
  const r = await t.both((db) => db.collection('users').where({ role: 'enterprise', status: 'active' }).orderBy('_id', 'asc').limit(5).get().then(ids));
  expect(r.indexed).toEqual(['u00000', 'u00001', 'u00002', 'u00003', 'u00004']);
  expect(r.rowsIndexed).toBe(5);
});
