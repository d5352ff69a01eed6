/** Aggregation stages through collection.aggregate() of the real wx-server-sdk. */
import { localOnly, useLocalCloud } from './harness';

const h = useLocalCloud();

beforeEach(async () => {
  await h.local.insertMany('orders', [
    { _id: 'o1', userId: 'u1', amount: 10, items: ['pen', 'ink'], at: new Date('2024-01-01T00:00:00Z') },
    { _id: 'o2', userId: 'u1', amount: 30, items: ['pen'], at: new Date('2024-02-01T00:00:00Z') },
    { _id: 'o3', userId: 'u2', amount: 20, items: ['book', 'pen'], at: new Date('2024-03-01T00:00:00Z') },
    { _id: 'o4', userId: 'u3', amount: 5, items: [], at: new Date('2024-04-01T00:00:00Z') },
  ]);
  await h.local.insertMany('users', [
    { _id: 'u1', openid: 'x1', name: 'Ann' },
    { _id: 'u2', openid: 'x2', name: 'Bob' },
  ]);
});

const agg = () => h.db.collection('orders').aggregate();
const $ = () => h._.aggregate;

test('match + sort + skip + limit + project', async () => {
  const res = await agg()
    .match({ amount: h._.gte(10) })
    .sort({ amount: -1 })
    .skip(1)
    .limit(2)
    .project({ _id: 0, userId: 1, amount: 1 })
    .end();
  expect(res.list).toEqual([
    { userId: 'u2', amount: 20 },
    { userId: 'u1', amount: 10 },
  ]);
});

test('group with sum / avg / min / max / push / addToSet / first / last', async () => {
  const res = await agg()
    .sort({ at: 1 })
    .group({
      _id: '$userId',
      total: $().sum('$amount'),
      avg: $().avg('$amount'),
      min: $().min('$amount'),
      max: $().max('$amount'),
      ids: $().push('$_id'),
      firstItems: $().first('$items'),
      lastAt: $().last('$at'),
      users: $().addToSet('$userId'),
      n: $().sum(1),
    })
    .sort({ _id: 1 })
    .end();
  expect(res.list[0]).toEqual({
    _id: 'u1',
    total: 40,
    avg: 20,
    min: 10,
    max: 30,
    ids: ['o1', 'o2'],
    firstItems: ['pen', 'ink'],
    lastAt: new Date('2024-02-01T00:00:00Z'),
    users: ['u1'],
    n: 2,
  });
  expect(res.list.map((g: { _id: string }) => g._id)).toEqual(['u1', 'u2', 'u3']);
});

test('count', async () => {
  const res = await agg().match({ userId: 'u1' }).count('orders').end();
  expect(res.list).toEqual([{ orders: 2 }]);
});

test('unwind + sortByCount', async () => {
  const res = await agg().unwind('$items').sortByCount('$items').end();
  expect(res.list[0]).toEqual({ _id: 'pen', count: 3 });
  expect(res.list).toHaveLength(3);
});

test('lookup joins another collection of the same database', async () => {
  const res = await agg()
    .match({ _id: h._.in(['o1', 'o4']) })
    .lookup({ from: 'users', localField: 'userId', foreignField: '_id', as: 'user' })
    .project({ userId: 1, 'user.name': 1 })
    .sort({ _id: 1 })
    .end();
  expect(res.list).toEqual([
    { _id: 'o1', userId: 'u1', user: [{ name: 'Ann' }] },
    { _id: 'o4', userId: 'u3', user: [] },
  ]);
});

test('addFields with expressions', async () => {
  const res = await agg()
    .match({ _id: 'o3' })
    .addFields({ double: $().multiply(['$amount', 2]), nItems: $().size('$items') })
    .project({ _id: 0, double: 1, nItems: 1 })
    .end();
  expect(res.list).toEqual([{ double: 40, nItems: 2 }]);
});

test('dates survive aggregation as Date objects', async () => {
  const res = await agg().match({ at: h._.gt(new Date('2024-02-15T00:00:00Z')) }).project({ at: 1 }).sort({ at: 1 }).end();
  expect(res.list.map((d: { at: Date }) => d.at)).toEqual([new Date('2024-03-01T00:00:00Z'), new Date('2024-04-01T00:00:00Z')]);
});

localOnly.test('a leading match on an indexed field reads only the matching rows', async () => {
  h.local.resetRowsScanned();
  await agg().match({ userId: 'u2' }).end();
  expect(h.local.rowsScanned()).toBe(1);
});
