/**
 * Counts answered from an index when the filter is fully covered (no document read), the same
 * counts otherwise; values that would make an index answer wrongly (arrays, booleans, non-finite
 * numbers, dates outside years 0–9999) switch off the uses they would break, and those flags are
 * kept in the data folder, so opening it does not scan every index.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DB_FILE, openLocalDatabase } from '../../../local-cloud/db';
import { useTwins } from './twin-harness';

const T0 = Date.UTC(2026, 0, 1);
const at = (i: number) => new Date(T0 + i * 86_400_000);
const DOCS = () =>
  Array.from({ length: 300 }, (_, i) => ({
    _id: `d${String(i).padStart(4, '0')}`,
    status: ['open', 'done', 'late'][i % 3],
    unitId: `u${i % 4}`,
    dueAt: i % 10 === 0 ? null : at(i),
    score: i % 40,
    // Held by some, stored as null by others, missing from the rest: $exists tells them apart.
    ...(i % 3 === 0 ? { openid: `o${i}` } : i % 7 === 0 ? { openid: null } : {}),
  }));
const t = useTwins('items', [{ fields: ['status'] }, { fields: ['unitId', 'status', 'dueAt'] }, { fields: ['score'] }, { fields: ['dueAt'] }], DOCS);
const { _ } = t;

describe('counts from an index', () => {
  test.each([
    ['an equality', () => ({ status: 'late' })],
    ['$in', () => ({ status: _.in(['open', 'late']) })],
    ['equalities then a date range', () => ({ unitId: 'u1', status: 'open', dueAt: _.lt(at(150)) })],
    ['a number range', () => ({ score: _.gte(10).and(_.lt(20)) })],
    ['null (missing or null)', () => ({ dueAt: null })],
    ['a union of covered branches', () => _.or([{ status: 'done' }, { unitId: 'u2', status: 'late', dueAt: _.gte(at(100)) }])],
  ])('%s: no document is read', async (_label, where) => {
    const r = await t.both((db) => db.collection('items').where(where()).count());
    expect(r.indexed.total).toBe(r.plain.total);
    expect(r.indexed.total).toBeGreaterThan(0);
    expect(r.rowsIndexed).toBe(0);
    expect(r.rowsPlain).toBe(300);
  });
  // The presence test needs no index, so the plain twin uses it too: the counts are checked against the documents themselves.
  const has = (d: object, field: string) => Object.prototype.hasOwnProperty.call(d, field);
  test.each<[string, () => object, () => number]>([
    ['$exists: false (a stored null exists)', () => ({ dueAt: _.exists(false) }), () => 0],
    ['equalities and $exists: true on a field no index holds (null exists)', () => ({ unitId: 'u1', status: 'open', openid: _.exists(true) }), () => DOCS().filter((d) => d.unitId === 'u1' && d.status === 'open' && has(d, 'openid')).length],
    ['$exists: false on a field no index holds', () => ({ status: 'done', openid: _.exists(false) }), () => DOCS().filter((d) => d.status === 'done' && !has(d, 'openid')).length],
    ['$exists alone', () => ({ openid: _.exists(true) }), () => DOCS().filter((d) => has(d, 'openid')).length],
  ])('%s: counted by SQL from the stored documents, no document decoded', async (_label, where, expected) => {
    const r = await t.both((db) => db.collection('items').where(where()).count());
    expect(r.indexed.total).toBe(expected());
    expect(r.plain.total).toBe(expected());
    expect(r.rowsIndexed).toBe(0);
  });
  test.each([
    ['a field the index does not cover', () => ({ status: 'late', score: 3 })],
    ['$exists beside another condition on the field', () => ({ openid: _.exists(true).and(_.neq('o3')) })],
    ['$ne', () => ({ status: _.neq('late') })],
    ['a string range (strings also compare with JSON text)', () => ({ status: _.gt('l') })],
  ])('%s: counted by reading the candidates, same number', async (_label, where) => {
    const r = await t.both((db) => db.collection('items').where(where()).count());
    expect(r.indexed.total).toBe(r.plain.total);
    expect(r.rowsIndexed).toBeGreaterThan(0);
  });
});

describe('counts per value (aggregate match + group with $sum: 1) from an index', () => {
  const group = (db: any, match?: object) => {
    const agg = db.collection('items').aggregate();
    return (match ? agg.match(match) : agg).group({ _id: '$status', count: { $sum: 1 } }).end().then((r: { list: Array<{ _id: unknown; count: number }> }) => r.list.sort((a, b) => String(a._id).localeCompare(String(b._id))));
  };
  test('the whole collection, and a covered match: no document read, the same counts', async () => {
    for (const match of [undefined, { unitId: 'u2' }, { unitId: 'u1', status: _.in(['open', 'late']) }]) {
      const r = await t.both((db) => group(db, match));
      expect(r.indexed).toEqual(r.plain);
      expect(r.indexed.length).toBeGreaterThan(1);
      expect(r.rowsIndexed).toBe(0);
    }
  });
  test('a match asking whether a field exists: no document read, the same counts', async () => {
    for (const match of [{ openid: _.exists(true) }, { unitId: 'u3', openid: _.exists(false) }]) {
      const r = await t.both((db) => group(db, match));
      expect(r.indexed).toEqual(r.plain);
      expect(r.rowsIndexed).toBe(0);
    }
  });
  test('grouping by a date field gives dates back; missing and null group together', async () => {
    [t.indexed, t.plain].forEach((db) => db.insertMany('items', [{ _id: 'no-due', unitId: 'u2', status: 'open' }]));
    const byDue = (db: any) => db.collection('items').aggregate().match({ unitId: 'u2' }).group({ _id: '$dueAt', n: { $sum: 1 } }).end().then((r: { list: Array<{ _id: Date | null; n: number }> }) => r.list.sort((a, b) => (a._id?.getTime() ?? 0) - (b._id?.getTime() ?? 0)));
    const r = await t.both(byDue);
    expect(r.indexed).toEqual(r.plain);
    expect(r.indexed[0]).toEqual({ _id: null, n: 16 });
    expect(r.rowsIndexed).toBe(0);
    expect(r.indexed[1]._id).toBeInstanceOf(Date);
  });
  test('a key of several fields, and stages after the group (a match on the counts, a second group, sort, limit): no document read, the same answer', async () => {
    const perUnitAndStatus = (db: any) =>
      db.collection('items').aggregate().match({ score: _.lt(30) }).group({ _id: { unitId: '$unitId', status: '$status' }, n: { $sum: 1 } })
        .sort({ '_id.unitId': 1, '_id.status': 1 }).limit(100).end().then((r: { list: unknown[] }) => r.list);
    const a = await t.both(perUnitAndStatus);
    expect(a.indexed).toEqual(a.plain);
    expect(a.indexed).toHaveLength(12);
    expect(a.indexed[0]).toEqual({ _id: { unitId: 'u0', status: 'done' }, n: expect.any(Number) });
    expect(a.rowsIndexed).toBe(0);
    // How many statuses per unit hold more than 20 items: a count of groups, from the grouped rows.
    const busyStatuses = (db: any) =>
      db.collection('items').aggregate().group({ _id: { unitId: '$unitId', status: '$status' }, n: { $sum: 1 } })
        .match({ n: _.gt(20) }).group({ _id: '$_id.unitId', statuses: { $sum: 1 } }).sort({ _id: 1 }).limit(10).end().then((r: { list: unknown[] }) => r.list);
    const b = await t.both(busyStatuses);
    expect(b.indexed).toEqual(b.plain);
    expect(b.indexed).toEqual([0, 1, 2, 3].map((u) => ({ _id: `u${u}`, statuses: 3 })));
    expect(b.rowsIndexed).toBe(0);
  });
  test('a compound key with a missing part: the documents are read (SQL cannot tell missing from null), same answer', async () => {
    [t.indexed, t.plain].forEach((db) => db.insertMany('items', [{ _id: 'no-unit', status: 'open', dueAt: at(3), score: 1 }]));
    const q = (db: any) => db.collection('items').aggregate().group({ _id: { unitId: '$unitId', status: '$status' }, n: { $sum: 1 } }).sort({ n: 1, '_id.unitId': 1 }).limit(1).end().then((r: { list: unknown[] }) => r.list);
    const r = await t.both(q);
    expect(r.indexed).toEqual(r.plain);
    expect(r.indexed[0].n).toBe(1);
    expect(r.rowsIndexed).toBeGreaterThan(0);
  });
  test('a match the index does not cover, or another accumulator: the documents are read, same answer', async () => {
    const sums = (db: any) => db.collection('items').aggregate().group({ _id: '$status', total: { $sum: '$score' } }).end().then((r: { list: Array<{ _id: string }> }) => r.list.sort((a, b) => a._id.localeCompare(b._id)));
    const a = await t.both((db) => group(db, { score: _.gt(5), unitId: 'u1' }));
    expect(a.indexed).toEqual(a.plain);
    expect(a.rowsIndexed).toBeGreaterThan(0);
    const b = await t.both(sums);
    expect(b.indexed).toEqual(b.plain);
    expect(b.rowsIndexed).toBe(300);
  });
});

describe('values that switch off an index use', () => {
  const add = (doc: object) => [t.indexed, t.plain].forEach((db) => db.insertMany('items', [doc]));
  test('a boolean beside numbers: json_extract makes true 1, so counts of 1 read the documents', async () => {
    add({ _id: 'bool', status: 'open', score: true });
    expect(t.indexed.explain('items', { score: 1 })).toMatchObject({ index: 'ix:items:score', exact: false });
    const r = await t.both((db) => db.collection('items').where({ score: 1 }).count());
    expect(r.indexed.total).toBe(r.plain.total);
  });
  test('an infinite number: ranges stop using the index (Infinity is stored as text)', async () => {
    add({ _id: 'inf', status: 'open', score: Infinity });
    expect(t.indexed.explain('items', { score: { $gt: 30 } }).index).not.toBe('ix:items:score');
    const r = await t.both((db) => db.collection('items').where({ score: _.gt(30) }).get());
    expect(r.indexed.data.map((d: { _id: string }) => d._id).sort()).toEqual(r.plain.data.map((d: { _id: string }) => d._id).sort());
    expect(r.indexed.data.some((d: { _id: string }) => d._id === 'inf')).toBe(true);
  });
  test('a date outside years 0–9999: date ranges stop using the index', async () => {
    add({ _id: 'far', status: 'open', dueAt: new Date('+012026-01-01T00:00:00Z') });
    const r = await t.both((db) => db.collection('items').where({ dueAt: _.gt(at(290)) }).count());
    expect(r.indexed.total).toBe(r.plain.total);
    expect(r.indexed.total).toBe(10);
  });
  test('an array: the index is not used at all (MongoDB matches its elements)', async () => {
    add({ _id: 'arr', status: ['open', 'late'] });
    expect(t.indexed.explain('items', { status: 'late' }).index).toBeNull();
    const r = await t.both((db) => db.collection('items').where({ status: 'late' }).count());
    expect(r.indexed.total).toBe(r.plain.total);
  });
});

describe('the flags live in the data folder', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flags-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const open = () => openLocalDatabase({ dir, collections: [{ collection: 'items', indexes: [{ fields: ['status'] }] }] });
  const sneakIn = (doc: object) => {
    // Written past the engine, so only a scan of the documents could notice it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Database = require('better-sqlite3');
    const raw = new Database(path.join(dir, DB_FILE));
    raw.prepare('INSERT INTO items (_id, doc) VALUES (?, ?)').run('sneaky', JSON.stringify(doc));
    return raw;
  };

  test('a reopened folder remembers a flag set by a write, and trusts the stored flags instead of scanning', () => {
    const first = open();
    first.insertMany('items', [{ _id: 'a', status: 'x' }]);
    expect(first.explain('items', { status: 'x' }).index).toBe('ix:items:status');
    first.insertMany('items', [{ _id: 'b', status: ['x', 'y'] }]);
    first.close();
    const second = open();
    expect(second.explain('items', { status: 'x' }).index).toBeNull();
    second.close();
  });
  test('a folder without stored flags (made before them) is scanned once, on open', () => {
    const raw = sneakIn({ status: ['p', 'q'] });
    raw.exec(`DELETE FROM "local-cloud:index-flags"; DELETE FROM items WHERE _id = 'b'`);
    raw.close();
    const reopened = open();
    expect(reopened.explain('items', { status: 'p' }).index).toBeNull();
    reopened.close();
  });
  test('opening reads the stored flags and scans nothing: an array written past the engine goes unnoticed', () => {
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'flags-fresh-'));
    const db = openLocalDatabase({ dir: fresh, collections: [{ collection: 'items', indexes: [{ fields: ['status'] }] }] });
    db.close();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const raw = new (require('better-sqlite3'))(path.join(fresh, DB_FILE));
    raw.prepare('INSERT INTO items (_id, doc) VALUES (?, ?)').run('arr', JSON.stringify({ status: ['p'] }));
    raw.close();
    const reopened = openLocalDatabase({ dir: fresh, collections: [{ collection: 'items', indexes: [{ fields: ['status'] }] }] });
    expect(reopened.explain('items', { status: 'p' }).index).toBe('ix:items:status');
    reopened.close();
    fs.rmSync(fresh, { recursive: true, force: true });
  });
});
