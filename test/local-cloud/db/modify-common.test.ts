/**
 * The direct path for the common update operators gives exactly what mingo's updater gives, and
 * declines (leaving the document untouched) whatever it does not cover.
 */
import { update } from 'mingo';
import { applyCommonModifier } from '../../../local-cloud/db/modify-common';

const base = () => ({ _id: 'd1', n: 1, tags: ['a'], twice: ['x', 'y', 'x'], nested: { x: 1, deep: { y: 2 } }, at: new Date(5), nothing: null as unknown, list: [{ k: 1 }] });

test.each([
  ['$set of fields, nested and new paths', { $set: { n: 2, 'nested.x': 3, 'nested.deep.z': 4, 'fresh.path': 'v', at: new Date(9) } }],
  ['$set of a whole object', { $set: { nested: { replaced: true } } }],
  ['$unset of fields, nested and missing', { $unset: { n: '', 'nested.deep.y': '', 'missing.path': '' } }],
  ['$inc of existing and missing numbers', { $inc: { n: 5, 'nested.x': -1, counter: 1 } }],
  ['$push of $each and of one value, onto existing and missing arrays', { $push: { tags: { $each: ['b', 'c'] }, fresh: 'x' } }],
  ['$push of $each with a negative $slice (keep the latest)', { $push: { twice: { $each: ['z'], $slice: -2 }, tags: { $each: ['b', 'c', 'd'], $slice: -2 } } }],
  ['$push of $each with a positive $slice, a $slice longer than the array, and $slice 0', { $push: { twice: { $each: ['z'], $slice: 2 }, tags: { $each: ['b'], $slice: 9 }, list: { $each: [{ k: 2 }], $slice: 0 } } }],
  ['$push with $slice and $inc together (a band bucket taking a member)', { $push: { twice: { $each: ['z'], $slice: -3 } }, $inc: { n: 1 } }],
  ['$addToSet of a new and of a present value, and onto a missing array', { $addToSet: { tags: 'b', fresh: 3 } }],
  ['$addToSet of a present value', { $addToSet: { tags: 'a' } }],
  ['$addToSet of null and of a boolean', { $addToSet: { tags: null, flags: true } }],
  ['$pull of a present value, of an absent one, and from a missing field', { $pull: { tags: 'a', 'nested.none': 1 } }],
  ['$pull of a value held twice', { $set: { n: 2 }, $pull: { twice: 'x' } }],
  ['several operators at once (a step of the demand machine)', { $set: { status: 'accepted' }, $inc: { version: 1 }, $push: { tags: { $each: [{ at: new Date(1) }] } }, $unset: { nothing: '' } }],
])('%s: as mingo does it', (_label, modifier) => {
  const direct = base();
  const viaMingo = base();
  expect(applyCommonModifier(direct, modifier)).toBe(true);
  update(viaMingo, modifier as never);
  expect(direct).toEqual(viaMingo);
});

test.each([
  ['another operator', { $pop: { tags: 1 } }],
  ['$addToSet of a document or with $each', { $addToSet: { tags: { $each: ['b'] } } }],
  ['$addToSet onto an array of documents', { $addToSet: { list: 1 } }],
  ['$pull with a condition', { $pull: { tags: { $in: ['a'] } } }],
  ['$pull of a date', { $pull: { tags: new Date(5) } }],
  ['$addToSet onto a non-array', { $addToSet: { n: 1 } }],
  ['$push with options', { $push: { tags: { $each: ['b'], $position: 0 } } }],
  ['$push with $slice and $sort', { $push: { tags: { $each: ['b'], $slice: -1, $sort: 1 } } }],
  ['$push with a fractional $slice', { $push: { tags: { $each: ['b'], $slice: 1.5 } } }],
  ['$push with $slice onto a missing array (mingo leaves the $slice unapplied there)', { $push: { fresh: { $each: ['a', 'b'], $slice: -1 } } }],
  ['a path into an array', { $set: { 'list.0.k': 2 } }],
  ['a path through a scalar', { $set: { 'n.x': 1 } }],
  ['overlapping paths', { $set: { nested: {}, 'nested.x': 1 } }],
  ['$inc of a non-number', { $inc: { tags: 1 } }],
  ['$push onto a non-array', { $push: { n: 1 } }],
])('%s: declined, the document untouched', (_label, modifier) => {
  const doc = base();
  expect(applyCommonModifier(doc, modifier)).toBe(false);
  expect(doc).toEqual(base());
});
