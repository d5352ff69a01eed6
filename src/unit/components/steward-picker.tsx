import type { ReactNode } from 'react';
import { Picker, View } from '@tarojs/components';
import type { StewardLoad } from '@/core/org/org.model';

interface StewardPickerProps {
  stewards: StewardLoad[];
  value?: string;
  onPick: (steward: StewardLoad) => void;
  children: ReactNode;
  className?: string;
}

const label = (s: StewardLoad) => `${s.name}（${s.enterprises} 家${s.overloaded ? '，超过10家' : ''}）`;

/** Choose a steward of the unit, seeing each one's current load. */
export function StewardPicker({ stewards, value, onPick, children, className }: StewardPickerProps) {
  const active = stewards.filter((s) => s.status === 'active');
  const range = active.map((s) => ({ id: s.id, label: label(s) }));
  const index = Math.max(
    active.findIndex((s) => s.id === value),
    0,
  );
  return (
    <View className={className} onClick={(e) => e.stopPropagation()}>
      <Picker mode='selector' range={range} rangeKey='label' value={index} onChange={(e) => onPick(active[Number(e.detail.value)])}>
        {children}
      </Picker>
    </View>
  );
}
