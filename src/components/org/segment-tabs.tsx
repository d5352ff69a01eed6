import { View } from '@tarojs/components';
import '../demand/status-tabs.scss';

interface SegmentTabsProps<T extends { label: string }> {
  tabs: readonly T[];
  active: T;
  onChange: (tab: T) => void;
}

/** A few fixed tabs across the top (same look as the demand status tabs). */
export function SegmentTabs<T extends { label: string }>({ tabs, active, onChange }: SegmentTabsProps<T>) {
  return (
    <View className='status-tabs segment-tabs'>
      {tabs.map((tab) => (
        <View key={tab.label} className={`status-tab${tab === active ? ' status-tab--active' : ''}`} onClick={() => onChange(tab)}>
          {tab.label}
        </View>
      ))}
    </View>
  );
}
