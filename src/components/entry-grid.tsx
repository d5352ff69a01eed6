import { Text, View } from '@tarojs/components';
import { classNames } from '@/utils/class-names';
import './entry-grid.scss';

export interface Entry {
  key: string;
  label: string;
  hint: string;
  onClick: () => void;
  /** Names the entry for tests, e.g. `preferences-entry`. */
  className?: string;
}

/** Two columns of ways into a role's work, each with a line saying what is there. */
export function EntryGrid({ entries }: { entries: readonly Entry[] }) {
  return (
    <View className='entry-grid'>
      {entries.map((entry) => (
        <View key={entry.key} className={classNames('entry-grid__item', entry.className)} onClick={entry.onClick}>
          <Text className='entry-grid__label'>{entry.label}</Text>
          <Text className='entry-grid__hint'>{entry.hint}</Text>
        </View>
      ))}
    </View>
  );
}
