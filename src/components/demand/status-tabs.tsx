import { ScrollView, View } from '@tarojs/components';
import type { StatusFilter } from './demand-status-filters';
import './status-tabs.scss';

interface StatusTabsProps {
  filters: StatusFilter[];
  active: StatusFilter;
  onChange: (filter: StatusFilter) => void;
}

export function StatusTabs({ filters, active, onChange }: StatusTabsProps) {
  return (
    <ScrollView className='status-tabs' scrollX enableFlex>
      {filters.map((filter) => (
        <View
          key={filter.label}
          className={`status-tab${filter === active ? ' status-tab--active' : ''}`}
          onClick={() => onChange(filter)}
        >
          {filter.label}
        </View>
      ))}
    </ScrollView>
  );
}
