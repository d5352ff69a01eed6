/**
 * walkPage: lists whose rows are decided record by record in code (an assessment measure's
 * evidence) read their records in growing chunks and stop once the page is full. Each page must be
 * the page of the rows kept from the whole list, however the chunks fall.
 */
import { MAX_ROWS, slicePage, walkPage } from '../../server/db/paging';

let seed = 11;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

const source = (records: number[]) => {
  const reads: Array<[offset: number, limit: number]> = [];
  const read = async (offset: number, limit: number) => {
    reads.push([offset, limit]);
    return records.slice(offset, offset + limit);
  };
  return { read, reads };
};

test('every page equals the page of the kept rows, with hasMore, for any density, page and page size', async () => {
  for (let round = 0; round < 400; round++) {
    const records = Array.from({ length: Math.floor(next() * 60) }, (_, i) => i);
    const density = [0, 0.1, 0.5, 0.9, 1][round % 5];
    const keptIds = new Set(records.filter(() => next() < density));
    const keep = (r: number) => (keptIds.has(r) ? `row ${r}` : null);
    const pageSize = 1 + Math.floor(next() * 7);
    const page = 1 + Math.floor(next() * 6);
    const expected = slicePage(records.filter((r) => keptIds.has(r)).map((r) => `row ${r}`), { page, pageSize });
    expect([round, await walkPage(source(records).read, keep, { page, pageSize })]).toEqual([round, expected]);
  }
});

test('the first page of rows that are all kept takes one read of a page and one more; then chunks double up to 1000', async () => {
  const all = source(Array.from({ length: 5000 }, (_, i) => i));
  expect(await walkPage(all.read, (r) => r, { page: 1, pageSize: 20 })).toMatchObject({ items: Array.from({ length: 20 }, (_, i) => i), hasMore: true });
  expect(all.reads).toEqual([[0, 21]]);

  const none = source(Array.from({ length: 5000 }, (_, i) => i));
  expect(await walkPage(none.read, () => null, { page: 1, pageSize: 20 })).toMatchObject({ items: [], hasMore: false });
  expect(none.reads.map(([, limit]) => limit)).toEqual([21, 42, 84, 168, 336, 672, MAX_ROWS, MAX_ROWS, MAX_ROWS, MAX_ROWS]);
  expect(none.reads.every(([offset], i) => offset === none.reads.slice(0, i).reduce((s, [, l]) => s + l, 0))).toBe(true);
});
