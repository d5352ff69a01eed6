/**
 * The fast decoder of stored documents gives exactly what bson's EJSON.parse gives, and a reply's
 * relaxed document text gives the SDK the values the canonical text would.
 */
import { EJSON, ObjectId, Decimal128, Long } from 'bson';
import { decodeStored, encodeReply, encodeReplyDoc, encodeStored } from '../../../local-cloud/db/codec';

const SAMPLES: Array<Record<string, unknown>> = [
  { _id: 'plain', n: 1, f: 1.5, s: 'text', b: true, z: null, nested: { deep: { list: [1, 'two', null, { three: 3 }] } } },
  { _id: 'dates', at: new Date('2026-11-30T08:30:00.000Z'), list: [new Date(0), { when: new Date('1999-12-31T23:59:59.999Z') }], far: new Date('+012026-01-01T00:00:00Z'), before: new Date('-000100-01-01T00:00:00Z') },
  { _id: 'numbers', inf: Infinity, ninf: -Infinity, nan: NaN, big: 2 ** 60, neg: -0.25 },
  { _id: 'regex', re: /a.b/im },
  { _id: 'bson', oid: new ObjectId('64b7f0c2a1b2c3d4e5f60718'), dec: Decimal128.fromString('1.10'), long: Long.fromNumber(5) },
  { _id: 'strings that look like EJSON', s1: '{"$date":"2026-01-01T00:00:00.000Z"}', s2: '$date', keyed: { date: 'x', $notAKey: undefined } },
];

test.each(SAMPLES.map((d) => [d._id, d]))('%s', (_id, doc) => {
  const text = encodeStored(doc);
  expect(decodeStored(text)).toEqual(EJSON.parse(text, { relaxed: true }));
});

// @cloudbase/database reads every listed document with `EJSON.parse(item)` (relaxed, the default).
const sdkReads = (text: string) => EJSON.parse(text);

test.each(SAMPLES.map((d) => [d._id, d]))('the reply of %s, as stored, reads as its canonical form does', (_id, written) => {
  const doc = decodeStored(encodeStored(written));
  expect(sdkReads(encodeReplyDoc(doc))).toEqual(sdkReads(encodeReply(doc)));
});

test('a missing document replies null', () => {
  expect(sdkReads(encodeReplyDoc(null))).toBeNull();
});
