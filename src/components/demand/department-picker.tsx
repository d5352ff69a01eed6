import type { OptionsState } from '@/utils/option';
import { OptionsField } from '../options-field';

interface DepartmentPickerProps {
  source: OptionsState;
  value: string;
  onChange: (id: string) => void;
}

/** Choosing the handling department; says so when the list cannot load, with a retry. */
export function DepartmentPicker({ source, value, onChange }: DepartmentPickerProps) {
  return <OptionsField className='department-picker' state={source} value={value} placeholder='点击选择承办部门' emptyText='暂无承办部门' onChange={onChange} />;
}
