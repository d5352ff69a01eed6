import { Text, View } from '@tarojs/components';
import { classNames } from '@/utils/class-names';
import './fact-line.scss';

interface FactLineProps {
  label: string;
  value: string;
  /** How wide the labels of this card are, so the values line up: 3, 4 or 8 characters. */
  labelWidth?: 'sm' | 'md' | 'lg';
  className?: string;
}

/** One labelled fact of a record (行业, 联系对象 …): the label in grey, the value beside it. */
export function FactLine({ label, value, labelWidth = 'md', className }: FactLineProps) {
  return (
    <View className={classNames('fact-line', className)}>
      <Text className={`fact-line__label fact-line__label--${labelWidth}`}>{label}</Text>
      <Text className='fact-line__value'>{value}</Text>
    </View>
  );
}
