import { ScrollView, View } from '@tarojs/components';
import './filter-tabs.scss';

export interface FilterOption<V> {
  label: string;
  value: V;
}

interface FilterTabsProps<V> {
  options: FilterOption<V>[];
  value: V;
  onChange: (value: V) => void;
  /** Names the row for styles and tests, e.g. `role` → `filter-tabs--role`. */
  name: string;
}

/** A row of tabs above a list; one is always chosen. */
export function FilterTabs<V>({ options, value, onChange, name }: FilterTabsProps<V>) {
  return (
    <ScrollView className={`filter-tabs filter-tabs--${name}`} scrollX enableFlex>
      {options.map((option) => (
        <View
          key={option.label}
          className={`filter-tab${option.value === value ? ' filter-tab--active' : ''}`}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </View>
      ))}
    </ScrollView>
  );
}
