import { View } from '@tarojs/components';
import { Chip } from '@/components/chip';
import { DateRange, FilterPanel } from '@/components/filter-panel';
import { OptionPicker } from '@/components/option-picker';
import { OptionsField } from '@/components/options-field';
import type { ActionInput } from '@/core/contracts';
import type { OptionsState } from '@/utils/option';
import { REPORT_CATEGORIES, type ReportCategory } from '@/core/contracts/fieldwork.fields';

export interface FilterDraft {
  category: string;
  unitId: string;
  from: string;
  to: string;
  riskOnly: boolean;
}

export const NO_FILTER: FilterDraft = { category: '', unitId: '', from: '', to: '', riskOnly: false };

/** The draft as `report.list` / `report.export` take it: empty choices left out. */
export const toReportFilter = (d: FilterDraft): ActionInput<'report.export'> => ({
  // The picker offers REPORT_CATEGORIES only.
  ...(d.category ? { category: d.category as ReportCategory } : {}),
  ...(d.unitId ? { unitId: d.unitId } : {}),
  ...(d.from ? { from: d.from } : {}),
  ...(d.to ? { to: d.to } : {}),
  ...(d.riskOnly ? { riskOnly: true } : {}),
});

const CATEGORY_OPTIONS = [{ value: '', label: '全部类别' }, ...REPORT_CATEGORIES.map((c) => ({ value: c, label: c }))];

interface ReportFiltersProps {
  draft: FilterDraft;
  onChange: (patch: Partial<FilterDraft>) => void;
  units: OptionsState;
  error: string;
  onSearch: () => void;
  onClear: () => void;
}

/** Category, unit, period and risk-only: what the list shows and the export contains. */
export function ReportFilters({ draft, onChange, units, error, onSearch, onClear }: ReportFiltersProps) {
  const unitState = { ...units, options: [{ value: '', label: '全部单位' }, ...units.options] };
  const riskOnly = (
    <Chip className='risk-only-chip' selected={draft.riskOnly} onClick={() => onChange({ riskOnly: !draft.riskOnly })}>
      只看风险提示
    </Chip>
  );
  return (
    <FilterPanel error={error} onClear={onClear} onSearch={onSearch} aside={riskOnly}>
      <View className='filter-panel__row report-filters__row'>
        <OptionPicker className='filter-field category-filter' options={CATEGORY_OPTIONS} value={draft.category} placeholder='全部类别' onChange={(category) => onChange({ category })} />
        <OptionsField className='filter-field unit-filter' state={unitState} value={draft.unitId} placeholder='全部单位' emptyText='暂无单位' onChange={(unitId) => onChange({ unitId })} />
      </View>
      <DateRange from={draft.from} to={draft.to} onChange={onChange} />
    </FilterPanel>
  );
}
