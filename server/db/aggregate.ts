import type { Collection } from '../runtime/cloud-types';

/** The aggregation stages the repositories use; the SDK's own typings mix in callback overloads. */
export interface AggregateChain<R = Record<string, unknown>> {
  match(query: object): AggregateChain<R>;
  group(group: object): AggregateChain<R>;
  sort(order: Record<string, 1 | -1>): AggregateChain<R>;
  limit(n: number): AggregateChain<R>;
  end(): Promise<{ list: R[] }>;
}

/**
 * An aggregation on a repository's collection. CloudBase answers 20 rows unless the pipeline ends
 * in a limit, so every use ends in one (at most 1,000 rows, as any read).
 */
export const aggregateOn = <R>(coll: Collection<unknown>): AggregateChain<R> => coll.aggregate() as AggregateChain<R>;
