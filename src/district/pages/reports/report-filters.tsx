import { Button, Text, View } from '@tarojs/components';
import type { ReportFilter } from '@/services/report.service';
import { REPORT_CATEGORIES } from '@/utils/report-categories';
import { DateField } from '../../components/date-field';
import { OptionPicker } from '../../components/option-picker';
import { OptionsField } from '../../components/options-field';
import type { OptionsState } from '../../hooks/use-org-options';

export interface FilterDraft {
  category: string;
  unitId: string;
  from: string;
  to: string;
  riskOnly: boolean;
}

export const NO_FILTER: FilterDraft = { category: '', unitId: '', from: '', to: '', riskOnly: false };

/** The draft as `report.list` / `report.export` take it: empty choices left out. */
export const toReportFilter = (d: FilterDraft): ReportFilter => ({
  ...(d.category ? { category: d.category } : {}),
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
  return (
    <View className='report-filters'>
      <View className='report-filters__row'>
        <OptionPicker className='category-filter' options={CATEGORY_OPTIONS} value={draft.category} placeholder='全部类别' onChange={(category) => onChange({ category })} />
        <OptionsField className='unit-filter' state={unitState} value={draft.unitId} placeholder='全部单位' emptyText='暂无单位' onChange={(unitId) => onChange({ unitId })} />
      </View>
      <View className='report-filters__row'>
        <DateField className='from-date' value={draft.from} placeholder='开始日期' clearable onChange={(from) => onChange({ from })} />
        <Text className='report-filters__to'>至</Text>
        <DateField className='to-date' value={draft.to} placeholder='结束日期' clearable onChange={(to) => onChange({ to })} />
      </View>
      <View className='report-filters__row'>
        <View className={`chip risk-only-chip${draft.riskOnly ? ' chip--active' : ''}`} onClick={() => onChange({ riskOnly: !draft.riskOnly })}>
          只看风险提示
        </View>
        <View className='report-filters__buttons'>
          <Button className='plain-button toolbar-button clear-button' size='mini' onClick={onClear}>
            清空
          </Button>
          <Button className='primary-button toolbar-button search-button' size='mini' onClick={onSearch}>
            查询
          </Button>
        </View>
      </View>
      {error ? <View className='field-error'>{error}</View> : null}
    </View>
  );
}
