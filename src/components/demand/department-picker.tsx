import { Picker, Text, View } from '@tarojs/components';
import type { useDemandDepartments } from '@/hooks/use-demand-departments';

interface DepartmentPickerProps {
  source: ReturnType<typeof useDemandDepartments>;
  value: string;
  onChange: (id: string) => void;
}

/** Choosing the handling department; says so when the list cannot load, with a retry. */
export function DepartmentPicker({ source, value, onChange }: DepartmentPickerProps) {
  const { departments, loading, error, reload } = source;
  if (error) {
    return (
      <Text className='step-picker step-picker--empty department-picker__error' onClick={reload}>
        {`${error}，点击重试`}
      </Text>
    );
  }
  const index = departments.findIndex((d) => d.id === value);
  return (
    <Picker
      mode='selector'
      range={departments.map((d) => d.name)}
      value={Math.max(index, 0)}
      onChange={(e) => {
        const picked = departments[Number(e.detail.value)];
        if (picked) onChange(picked.id);
      }}
    >
      <View className={`step-picker department-picker${index >= 0 ? '' : ' step-picker--empty'}`}>
        {index >= 0 ? departments[index].name : loading ? '加载部门中…' : '点击选择承办部门'}
      </View>
    </Picker>
  );
}
