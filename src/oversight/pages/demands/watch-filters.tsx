import { View } from '@tarojs/components';
import { Chip } from '@/components/chip';
import { DateRange, FilterPanel } from '@/components/filter-panel';
import { OptionPicker } from '@/components/option-picker';
import { OptionsField } from '@/components/options-field';
import { TextInput } from '@/components/text-field';
import { DEMAND_KEYWORD_MAX } from '@/core/contracts/demand.fields';
import { DEMAND_CATEGORIES, DEMAND_STATUS_LABELS, DEMAND_STATUSES } from '@/core/demand/demand.model';
import type { OptionsState } from '@/utils/option';
import type { WatchDraft } from '../../hooks/use-watch-filter';

const STATUS_OPTIONS = [{ value: '', label: '全部状态' }, ...DEMAND_STATUSES.map((s) => ({ value: s, label: DEMAND_STATUS_LABELS[s] }))];
const CATEGORY_OPTIONS = [{ value: '', label: '全部类别' }, ...DEMAND_CATEGORIES.map((c) => ({ value: c, label: c }))];
const withAll = (state: OptionsState, label: string): OptionsState => ({ ...state, options: [{ value: '', label }, ...state.options] });

interface WatchFiltersProps {
  draft: WatchDraft;
  onChange: (patch: Partial<WatchDraft>) => void;
  /** The district chooses among units; a unit admin sees only its own, so gets no unit picker. */
  units?: OptionsState;
  departments: OptionsState;
  error: string;
  onSearch: () => void;
  onClear: () => void;
}

/** Everything the watch list and its export select by: name, state, category, unit, department, period, overdue, escalated. */
export function WatchFilters({ draft, onChange, units, departments, error, onSearch, onClear }: WatchFiltersProps) {
  const flags = (
    <View className='chip-row watch-flags'>
      <Chip className='overdue-chip' selected={draft.overdue} onClick={() => onChange({ overdue: !draft.overdue })}>
        只看逾期
      </Chip>
      <Chip className='escalated-chip' selected={draft.escalated} onClick={() => onChange({ escalated: !draft.escalated })}>
        只看督办
      </Chip>
      {draft.stewardId ? (
        <Chip className='steward-chip' selected onClick={() => onChange({ stewardId: '', stewardName: '' })}>
          {`管家：${draft.stewardName || '已选'} ✕`}
        </Chip>
      ) : null}
    </View>
  );
  return (
    <FilterPanel error={error} onClear={onClear} onSearch={onSearch} aside={flags}>
      <View className='filter-panel__row'>
        <TextInput
          className='filter-field watch-keyword keyword-input'
          value={draft.keyword}
          maxLength={DEMAND_KEYWORD_MAX}
          confirmType='search'
          placeholder='企业名称关键词'
          onChange={(keyword) => onChange({ keyword })}
          onConfirm={onSearch}
        />
      </View>
      <View className='filter-panel__row watch-filters__row'>
        <OptionPicker className='filter-field status-filter' options={STATUS_OPTIONS} value={draft.status} placeholder='全部状态' onChange={(status) => onChange({ status })} />
        <OptionPicker className='filter-field category-filter' options={CATEGORY_OPTIONS} value={draft.category} placeholder='全部类别' onChange={(category) => onChange({ category })} />
      </View>
      <View className='filter-panel__row watch-filters__row'>
        {units ? <OptionsField className='filter-field unit-filter' state={withAll(units, '全部单位')} value={draft.unitId} placeholder='全部单位' emptyText='暂无单位' onChange={(unitId) => onChange({ unitId })} /> : null}
        <OptionsField className='filter-field department-filter' state={withAll(departments, '全部部门')} value={draft.departmentId} placeholder='全部部门' emptyText='暂无部门' onChange={(departmentId) => onChange({ departmentId })} />
      </View>
      <DateRange from={draft.from} to={draft.to} onChange={onChange} />
    </FilterPanel>
  );
}
