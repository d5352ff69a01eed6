import type { PageResult } from '../../src/core/demand/demand.model';
import type { Collection, Database, LogicCommand, Query } from '../runtime/cloud-types';

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

/** CloudBase returns at most 1000 rows a call. */
export const MAX_ROWS = 1000;

/**
 * One page of the rows kept from records read in order, for lists whose rows are decided record by
 * record in code: reads a page and one more at first, then twice as many each time (at most
 * MAX_ROWS), and stops as soon as the page and one more row are found.
 */
export const walkPage = async <T, V>(read: (offset: number, limit: number) => Promise<T[]>, keep: (record: T) => V | null, { page, pageSize }: PageRequest): Promise<PageResult<V>> => {
  const skip = (page - 1) * pageSize;
  const items: V[] = [];
  let kept = 0;
  for (let offset = 0, chunk = pageSize + 1; ; offset += chunk, chunk = Math.min(chunk * 2, MAX_ROWS)) {
    const records = await read(offset, chunk);
    for (const record of records) {
      const row = keep(record);
      if (row === null || kept++ < skip) continue;
      if (items.length === pageSize) return { items, page, pageSize, hasMore: true };
      items.push(row);
    }
    if (records.length < chunk) return { items, page, pageSize, hasMore: false };
  }
};

/**
 * Every match, in pages of 1000 by `_id`: each page starts after the last id of the one before, so
 * it is one index range, never a skip that re-reads the pages before it. For result sets the caller
 * knows to be bounded (a unit's stewards, an export); the rows come in `_id` order. `fields` names
 * the fields to read (all true) or to leave out (all false); `_id` is always read.
 */
export const fetchAll = async <T>(db: Database, coll: Collection<T>, filter: object | LogicCommand = {}, fields?: Record<string, boolean>): Promise<T[]> => {
  const _ = db.command;
  const rows: T[] = [];
  const unfiltered = !(filter as { operator?: unknown }).operator && Object.keys(filter).length === 0;
  for (let after: string | undefined; ;) {
    const page = after === undefined ? filter : unfiltered ? { _id: _.gt(after) } : _.and([filter, { _id: _.gt(after) }]);
    const query = coll.where(page).orderBy('_id', 'asc').limit(MAX_ROWS);
    const projection = fields && (Object.values(fields).every(Boolean) ? { ...fields, _id: true } : fields);
    const { data } = await (projection ? query.field(projection) : query).get();
    rows.push(...data);
    if (data.length < MAX_ROWS) return rows;
    after = (data[data.length - 1] as { _id: string })._id;
  }
};
