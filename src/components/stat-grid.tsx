import { Text, View } from '@tarojs/components';
import { classNames } from '@/utils/class-names';
import './stat-grid.scss';

export interface Stat {
  key: string;
  label: string;
  value: string | number;
  /** Red while it counts something late or wrong. */
  alert?: boolean;
  onClick?: () => void;
}

/** Figures in a card, three to a row: the number large, what it counts under it. */
export function StatGrid({ stats, className }: { stats: readonly Stat[]; className?: string }) {
  return (
    <View className={classNames('stat-grid', className)}>
      {stats.map((s) => (
        <View key={s.key} className={classNames('stat-grid__cell', `stat-grid__cell--${s.key}`, s.alert && 'stat-grid__cell--alert', s.onClick && 'stat-grid__cell--link')} onClick={s.onClick}>
          <Text className='stat-grid__value'>{s.value}</Text>
          <Text className='stat-grid__label text-meta'>{s.label}</Text>
        </View>
      ))}
    </View>
  );
}
