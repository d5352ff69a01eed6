import { Picker, Text, View } from '@tarojs/components';
import { DEMAND_CATEGORIES, type DemandCategory } from '@/core/demand/demand.model';
import './demand-filter-bar.scss';

const CATEGORY_OPTIONS = ['全部类别', ...DEMAND_CATEGORIES];

interface DemandFilterBarProps {
  category?: DemandCategory;
  overdue: boolean;
  onCategory: (category: DemandCategory | undefined) => void;
  onOverdue: (overdue: boolean) => void;
}

/** Narrowing a demand list by category, and to the overdue ones. */
export function DemandFilterBar({ category, overdue, onCategory, onOverdue }: DemandFilterBarProps) {
  const index = category ? CATEGORY_OPTIONS.indexOf(category) : 0;
  return (
    <View className='demand-filter-bar'>
      <Picker
        mode='selector'
        range={CATEGORY_OPTIONS}
        value={Math.max(index, 0)}
        onChange={(e) => {
          const picked = Number(e.detail.value);
          onCategory(picked > 0 ? DEMAND_CATEGORIES[picked - 1] : undefined);
        }}
      >
        <View className={`demand-filter-bar__category category-filter${category ? ' demand-filter-bar__on' : ''}`}>
          {category ?? '全部类别'} ▾
        </View>
      </Picker>
      <Text className={`demand-filter-bar__overdue overdue-filter${overdue ? ' demand-filter-bar__on' : ''}`} onClick={() => onOverdue(!overdue)}>
        {overdue ? '✓ 只看逾期' : '只看逾期'}
      </Text>
    </View>
  );
}
