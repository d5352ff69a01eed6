import { ScrollView, View } from '@tarojs/components';
import { classNames } from '@/utils/class-names';
import './tabs.scss';

interface TabsProps<T extends { label: string }> {
  tabs: readonly T[];
  /** The chosen tab, one of `tabs` (compared by identity). */
  active: T | undefined;
  onChange: (tab: T) => void;
  /** Names the row for styles and tests, e.g. `role` → `tabs--role`. */
  name?: string;
}

/** The app's one tab row above a list: one tab always chosen; scrolls sideways when there are many. */
export function Tabs<T extends { label: string }>({ tabs, active, onChange, name }: TabsProps<T>) {
  return (
    <ScrollView className={classNames('tabs', name && `tabs--${name}`)} scrollX enableFlex>
      {tabs.map((tab) => (
        <View key={tab.label} className={classNames('tabs__tab', tab === active && 'tabs__tab--active')} onClick={() => onChange(tab)}>
          {tab.label}
        </View>
      ))}
    </ScrollView>
  );
}
