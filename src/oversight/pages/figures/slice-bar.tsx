import { View } from '@tarojs/components';
import { ChoiceChips } from '@/components/chip';
import { OptionPicker } from '@/components/option-picker';
import { StewardField } from '@/components/org/steward-field';
import { DEMAND_CATEGORIES } from '@/core/demand/demand.model';
import { SLICE_LABELS, type SliceDimension } from '@/core/figures/contributions';
import type { Option, OptionsState } from '@/utils/option';
import type { SliceChoice } from '../../hooks/use-figures-query';

const CATEGORY_OPTIONS: Option[] = DEMAND_CATEGORIES.map((c) => ({ value: c, label: c }));

interface SliceBarProps {
  dimensions: readonly SliceDimension[];
  slice: SliceChoice;
  onChange: (slice: SliceChoice) => void;
  /** Options of the chosen dimension (units or departments; a unit's stewards are searched by name). */
  options: Partial<Record<SliceDimension, OptionsState>>;
}

/** 全区 / 属地单位 / 承办部门 / 诉求类别 (district), or 本单位 / 服务管家 (unit admin), then which one. */
export function SliceBar({ dimensions, slice, onChange, options }: SliceBarProps) {
  const dimension = slice.dimension ?? dimensions[0];
  const choices = dimension === 'category' ? { options: CATEGORY_OPTIONS, loading: false, reload: () => undefined } : options[dimension];
  // The unit admin's own unit needs no picker: it is theirs.
  const needsPick = dimension !== 'district' && !(dimension === 'unit' && !options.unit);
  return (
    <View className='figures-slice'>
      <ChoiceChips
        options={dimensions}
        value={dimension}
        chipClassName='slice-chip'
        label={(d) => (d === 'unit' && !options.unit ? '本单位' : SLICE_LABELS[d as SliceDimension])}
        onChange={(d) => onChange({ dimension: d as SliceDimension })}
      />
      {needsPick && dimension === 'steward' ? (
        <StewardField className='filter-field slice-picker' value={slice.id ?? ''} valueName={slice.name} placeholder='选择服务管家' onChange={(id, s) => onChange({ dimension, id, name: s.name })} />
      ) : needsPick && choices ? (
        <OptionPicker
          className='filter-field slice-picker'
          options={choices.options}
          value={slice.id ?? ''}
          placeholder={choices.loading ? '加载中…' : choices.error ? `${choices.error}，点此重试` : `选择${SLICE_LABELS[dimension]}`}
          onChange={(id) => onChange({ dimension, id, name: choices.options.find((o) => o.value === id)?.label })}
        />
      ) : null}
    </View>
  );
}
