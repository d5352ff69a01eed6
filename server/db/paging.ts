import type { PageResult } from '../../src/core/demand/demand.model';
import type { Query } from '../runtime/cloud-types';

export interface PageRequest {
  page: number;
  pageSize: number;
}

export const emptyPage = <V>({ page, pageSize }: PageRequest): PageResult<V> => ({ items: [], page, pageSize, hasMore: false });

/** One round trip per page: one row more than asked tells whether another page exists. */
export const fetchPage = async <T, V>(query: Query<T>, { page, pageSize }: PageRequest, view: (row: T) => V): Promise<PageResult<V>> => {
  const { data } = await query.skip((page - 1) * pageSize).limit(pageSize + 1).get();
  return { items: data.slice(0, pageSize).map(view), page, pageSize, hasMore: data.length > pageSize };
};

/** Page through rows already in memory (lists the server had to sort or filter itself). */
export const slicePage = <V>(rows: V[], { page, pageSize }: PageRequest): PageResult<V> => ({
  items: rows.slice((page - 1) * pageSize, page * pageSize), page, pageSize, hasMore: rows.length > page * pageSize,
});

/** CloudBase returns at most 1000 rows a call: read a whole (small) result set in such pages. */
export const fetchAll = async <T>(query: Query<T>): Promise<T[]> => {
  const rows: T[] = [];
  for (let skip = 0; ; skip += 1000) {
    const { data } = await query.skip(skip).limit(1000).get();
    rows.push(...data);
    if (data.length < 1000) return rows;
  }
};
