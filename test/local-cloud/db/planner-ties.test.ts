/**
 * A sort with tie-breaking keys (newest first, then by _id) walks the index of its first key:
 * rows that tie on it come out together, ordered by the other keys. The answer is the one a full
 * read and sort gives, page by page wherever a page boundary falls inside a tie, while only the
 * rows up to the page are read.
 */
import { useTwins } from './twin-harness';

// Three events a minute, their ids out of time order; every fifth in the other room.
const DOCS = () =>
  Array.from({ length: 600 }, (_, i) => ({
    _id: `e${String((i * 7919) % 600).padStart(4, '0')}`,
    room: i % 5 ? 'a' : 'b',
    at: new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 3) * 60_000),
  }));
const t = useTwins('events', [{ fields: ['room', '-at'] }], DOCS);
const ids = (r: { data: Array<{ _id: string }> }) => r.data.map((d) => d._id);

test.each([
  ['desc', 'asc', 0, 10],
  ['desc', 'desc', 7, 10],
  ['asc', 'asc', 4, 5],
  ['desc', 'asc', 95, 7],
])('at %s, then _id %s, skip %d limit %d: the full sort’s page, from the rows up to it', async (atOrder, idOrder, skip, limit) => {
  const r = await t.both((db) => db.collection('events').where({ room: 'a' }).orderBy('at', atOrder).orderBy('_id', idOrder).skip(skip).limit(limit).get().then(ids));
  expect(r.indexed).toEqual(r.plain);
  expect(r.indexed).toHaveLength(limit);
  // The page and at most the rest of the tie it ends in (three a minute), not the 480 matches.
  expect(r.rowsIndexed).toBeLessThanOrEqual(skip + limit + 3);
});

test('paging through every match gives each row once, in order', async () => {
  const pages: string[] = [];
  for (let skip = 0; skip < 480; skip += 11) pages.push(...(await t.both((db) => db.collection('events').where({ room: 'a' }).orderBy('at', 'desc').orderBy('_id', 'asc').skip(skip).limit(11).get().then(ids))).indexed);
  const all = await t.both((db) => db.collection('events').where({ room: 'a' }).orderBy('at', 'desc').orderBy('_id', 'asc').limit(1000).get().then(ids));
  expect(pages).toEqual(all.plain);
  expect(new Set(pages).size).toBe(480);
});
