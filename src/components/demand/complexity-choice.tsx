import type { Complexity } from '@/core/demand/demand.deadlines';
import { ChoiceBlocks } from '../choice-blocks';

const OPTIONS = [
  { value: 'simple', label: '简单件', hint: '5个工作日内办结' },
  { value: 'complex', label: '复杂件', hint: '15个工作日内办结' },
] as const;

/** Simple or complex: decides the resolve deadline (5 or 15 working days). */
export function ComplexityChoice({ value, onChange }: { value: Complexity | ''; onChange: (value: Complexity) => void }) {
  return <ChoiceBlocks name='complexity' options={OPTIONS} value={value} onChange={onChange} />;
}
