import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { classNames } from '@/utils/class-names';
import './desk.scss';

export interface TableColumn<T> {
  key: string;
  title: string;
  /** A CSS grid track, e.g. `2fr` or `160px` (default `1fr`). */
  width?: string;
  render: (row: T) => ReactNode;
}

const tracks = <T,>(columns: readonly TableColumn<T>[]) => ({ gridTemplateColumns: columns.map((c) => c.width ?? '1fr').join(' ') });

/** A list as a table on the desk: the header row, then the rows the list renders (PagedList's `wrap`). */
export function DataTable<T>({ columns, className, children }: { columns: readonly TableColumn<T>[]; className?: string; children: ReactNode }) {
  return (
    <View className={classNames('data-table', className)}>
      <View className='data-table__row data-table__head' style={tracks(columns)}>
        {columns.map((column) => (
          <View key={column.key} className='data-table__cell'>
            {column.title}
          </View>
        ))}
      </View>
      {children}
    </View>
  );
}

/** One record as a row of a DataTable with the same columns. */
export function DataRow<T>({ columns, row, onClick, className }: { columns: readonly TableColumn<T>[]; row: T; onClick?: () => void; className?: string }) {
  return (
    <View className={classNames('data-table__row', onClick && 'is-clickable', className)} style={tracks(columns)} onClick={onClick}>
      {columns.map((column) => (
        <View key={column.key} className={`data-table__cell data-table__cell--${column.key}`}>
          {column.render(row)}
        </View>
      ))}
    </View>
  );
}
