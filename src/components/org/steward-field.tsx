import { useState } from 'react';
import { View } from '@tarojs/components';
import type { StewardLoad } from '@/core/org/org.model';
import { classNames } from '@/utils/class-names';
import { StewardPicker, stewardLabel } from './steward-picker';

interface StewardFieldProps {
  /** The district names the unit; a unit admin's own unit when left out. */
  unitId?: string;
  /** Only stewards who can take enterprises (active and signed in). */
  assignable?: boolean;
  /** '' when nothing is chosen yet. */
  value: string;
  /** The chosen steward's name when the value came from elsewhere (a saved choice). */
  valueName?: string;
  placeholder: string;
  onChange: (stewardId: string, steward: StewardLoad) => void;
  /** Names the field for tests and page styles, e.g. `steward-picker`. */
  className?: string;
}

/** A form's steward: shows the one chosen (or a faint placeholder) and opens the searchable picker. */
export function StewardField({ unitId, assignable, value, valueName, placeholder, onChange, className }: StewardFieldProps) {
  const [chosen, setChosen] = useState<StewardLoad | null>(null);
  const label = !value ? placeholder : chosen?.id === value ? stewardLabel(chosen) : (valueName ?? '已选择');
  return (
    <StewardPicker
      unitId={unitId}
      assignable={assignable}
      value={value}
      onPick={(s) => {
        setChosen(s);
        onChange(s.id, s);
      }}
    >
      <View className={classNames('picker-value', className, !value && 'picker-value--empty')}>{label}</View>
    </StewardPicker>
  );
}
