/**
 * The planner's uses of an index — equality then a range, a sort after equality prefixes, the union
 * of a $or's branches — always give the same documents as reading the whole collection, and read
 * fewer rows.
 */
import { useTwins } from './twin-harness';

const T0 = Date.UTC(2026, 0, 1);
const at = (i: number) => new Date(T0 + i * 3_600_000);
const DOCS = () =>
  Array.from({ length: 400 }, (_, i) => ({
    _id: `t${String(i).padStart(4, '0')}`,
    unitId: `u${i % 5}`,
    status: ['a', 'b', 'c', 'd'][i % 4],
    createdAt: at(i),
    // Some tasks have no deadline, some an explicit null; one far outside 0–9999 would break text order.
    ...(i % 7 === 0 ? {} : { dueAt: i % 11 === 0 ? null : at(400 - i) }),
    ...(i % 3 === 0 ? { completedAt: at(i + 5) } : i % 13 === 0 ? { completedAt: null } : {}),
    n: i % 17 === 0 ? `text-${i}` : i % 19 === 0 ? null : i % 50,
    name: `name-${String.fromCharCode(97 + (i % 26))}${i}`,
  }));

const t = useTwins(
  'tasks',
  [{ fields: ['unitId', '-createdAt'] }, { fields: ['status'] }, { fields: ['dueAt'] }, { fields: ['completedAt', 'dueAt'] }, { fields: ['n'] }, { fields: ['name'] }],
  DOCS,
);
const ids = (r: { data: Array<{ _id: string }> }) => r.data.map((d) => d._id);

describe('a sort after equality prefixes walks the index in order', () => {
  test('newest first within a unit, with skip and limit: only the rows of the page are read', async () => {
    const r = await t.both((db) => db.collection('tasks').where({ unitId: 'u1' }).orderBy('createdAt', 'desc').skip(2).limit(5).get().then(ids));
    expect(r.indexed).toEqual(r.plain);
    expect(r.indexed).toHaveLength(5);
    expect(r.rowsIndexed).toBe(7);
    expect(r.rowsPlain).toBe(400);
    expect(t.indexed.explain('tasks', { unitId: 'u1' }, { createdAt: -1 })).toMatchObject({ index: 'ix:tasks:unitId,-createdAt', ordered: true });
  });
  test('oldest first walks the same index backwards', async () => {
    const r = await t.both((db) => db.collection('tasks').where({ unitId: 'u3', status: 'd' }).orderBy('createdAt', 'asc').limit(4).get().then(ids));
    expect(r.indexed).toEqual(r.plain);
    expect(r.indexed).toHaveLength(4);
    expect(r.rowsIndexed).toBeLessThan(40);
  });
  test('a range on the sort field after an equality: both served by one index', async () => {
    const { _ } = t;
    const r = await t.both((db) => db.collection('tasks').where({ completedAt: null, dueAt: _.lt(at(200)) }).orderBy('dueAt', 'asc').limit(10).get().then(ids));
    expect(r.indexed).toEqual(r.plain);
    expect(r.indexed).toHaveLength(10);
    expect(r.rowsIndexed).toBe(10);
    expect(t.indexed.explain('tasks', { completedAt: null, dueAt: { $lt: at(200) } }, { dueAt: 1 })).toMatchObject({ index: 'ix:tasks:completedAt,dueAt', ordered: true });
  });
  test('a narrower equality wins over walking an index in order, when few rows match', async () => {
    t.indexed.insertMany('tasks', [{ _id: 'rare', status: 'rare', unitId: 'u1', createdAt: at(9) }]);
    t.plain.insertMany('tasks', [{ _id: 'rare', status: 'rare', unitId: 'u1', createdAt: at(9) }]);
    expect(t.indexed.explain('tasks', { status: 'rare' }, { createdAt: -1 })).toMatchObject({ index: 'ix:tasks:status', ordered: false });
    const r = await t.both((db) => db.collection('tasks').where({ status: 'rare' }).orderBy('createdAt', 'desc').limit(5).get().then(ids));
    expect(r.indexed).toEqual(['rare']);
    expect(r.plain).toEqual(['rare']);
    expect(r.rowsIndexed).toBe(1);
  });
});

test('of two equally narrow plans, the one with fewer candidates in its index is read', async () => {
  const r = await t.both((db) => db.collection('tasks').where({ status: 'c', name: 'name-c2' }).get().then(ids));
  expect(r.indexed).toEqual(r.plain);
  expect(r.indexed).toEqual(['t0002']);
  expect(r.rowsIndexed).toBe(1);
  expect(t.indexed.explain('tasks', { status: 'c', name: 'name-c2' }).index).toBe('ix:tasks:name');
});

describe('ranges use an index', () => {
  const { _ } = t;
  test.each([
    ['dates, both ends open or closed', () => ({ dueAt: _.lte(at(100)) })],
    ['dates, lower bound only (missing and null stay out)', () => ({ dueAt: _.gt(at(300)) })],
    ['dates, two bounds written with .and()', () => ({ dueAt: _.gt(at(10)).and(_.lte(at(40))) })],
    ['numbers beside strings and nulls', () => ({ n: _.gt(44) })],
    ['numbers, upper bound only', () => ({ n: _.lt(2) })],
    ['numbers, both bounds', () => ({ n: _.gte(10).and(_.lt(12)) })],
    ['strings', () => ({ name: _.gt('name-y') })],
    ['strings, upper bound only', () => ({ name: _.lte('name-b1') })],
  ])('%s: same documents, fewer rows', async (_label, where) => {
    const r = await t.both((db) => db.collection('tasks').where(where()).orderBy('_id', 'asc').limit(1000).get().then(ids));
    expect(r.indexed).toEqual(r.plain);
    expect(r.indexed.length).toBeGreaterThan(0);
    expect(r.rowsIndexed).toBeLessThan(r.rowsPlain);
  });
  test('a missing-or-null prefix ($exists: false) narrows too, and mingo keeps only the missing', async () => {
    const r = await t.both((db) => db.collection('tasks').where({ completedAt: _.exists(false), dueAt: _.lt(at(300)) }).orderBy('_id', 'asc').limit(1000).get().then(ids));
    expect(r.indexed).toEqual(r.plain);
    expect(r.rowsIndexed).toBeLessThan(r.rowsPlain);
  });
});

describe('$or is the union of one index plan per branch', () => {
  const { _ } = t;
  test('every branch indexable: SQLite reads the union, mingo the rest', async () => {
    const where = () => _.or([{ status: 'a', dueAt: _.lt(at(50)) }, { unitId: 'u2', createdAt: _.gt(at(390)) }, { name: 'name-c2' }]);
    const r = await t.both((db) => db.collection('tasks').where(where()).orderBy('_id', 'asc').limit(1000).get().then(ids));
    expect(r.indexed).toEqual(r.plain);
    expect(r.indexed.length).toBeGreaterThan(3);
    expect(r.rowsIndexed).toBeLessThan(150);
    expect(t.indexed.explain('tasks', { $or: [{ status: 'a' }, { name: 'x' }] }).plan.join(' ')).toMatch(/MULTI-INDEX OR/);
  });
  test('inside an $and with other conditions (a scope and the overdue filter)', async () => {
    const where = () => _.and([{ unitId: 'u1' }, _.or([{ status: 'a', dueAt: _.lt(at(200)) }, { status: 'b', completedAt: _.exists(false) }])]);
    const r = await t.both((db) => db.collection('tasks').where(where()).get().then(ids));
    expect(r.indexed.sort()).toEqual(r.plain.sort());
    expect(r.rowsIndexed).toBeLessThan(r.rowsPlain);
  });
  test('a branch no index serves: the whole collection is read, the answer is the same', async () => {
    const where = () => _.or([{ status: 'a' }, { other: 1 }]);
    const r = await t.both((db) => db.collection('tasks').where(where()).count());
    expect(r.indexed.total).toBe(r.plain.total);
    expect(t.indexed.explain('tasks', { $or: [{ status: 'a' }, { other: 1 }] }).index).toBeNull();
  });
});

describe('reads without an order stop when the page is full', () => {
  test('natural order with skip and limit reads skip + limit rows', async () => {
    const r = await t.both((db) => db.collection('tasks').skip(30).limit(20).get().then(ids));
    expect(r.indexed).toEqual(r.plain);
    expect(r.rowsIndexed).toBe(50);
  });
  test('paging by _id walks the primary key', async () => {
    const r = await t.both((db) => db.collection('tasks').where({ _id: t._.gt('t0100') }).orderBy('_id', 'asc').limit(10).get().then(ids));
    expect(r.indexed).toEqual(r.plain);
    expect(r.indexed[0]).toBe('t0101');
    expect(r.rowsIndexed).toBe(10);
  });
});
