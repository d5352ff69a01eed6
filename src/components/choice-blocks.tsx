import { Text, View } from '@tarojs/components';
import { classNames } from '@/utils/class-names';
import './choice-blocks.scss';

export interface ChoiceBlock<V extends string> {
  value: V;
  label: string;
  /** A second line, e.g. what the choice means for the deadline. */
  hint?: string;
  /** How the block looks when chosen: the app's blue, or green / red for a good / bad rating. */
  tone?: 'ok' | 'danger';
}

interface ChoiceBlocksProps<V extends string> {
  options: readonly ChoiceBlock<V>[];
  value: V | '';
  onChange: (value: V) => void;
  /** Names each block for tests, e.g. `complexity` → `complexity-option complexity-option--simple`. */
  name: string;
  /** One block a row (a scale to read down), instead of side by side. */
  stacked?: boolean;
}

/** A choice among a few options drawn as large tappable blocks (a step's mode, a deadline, a rating). */
export function ChoiceBlocks<V extends string>({ options, value, onChange, name, stacked }: ChoiceBlocksProps<V>) {
  return (
    <View className={classNames('step-choice-grid', stacked && 'step-choice-grid--stacked', `${name}-choice`)}>
      {options.map((option, index) => (
        <View
          key={option.value}
          className={classNames(
            'step-choice',
            `${name}-option`,
            `${name}-option--${/^[\w-]+$/.test(option.value) ? option.value : index}`,
            option.tone && `step-choice--${option.tone}`,
            value === option.value && 'step-choice--active',
          )}
          onClick={() => onChange(option.value)}
        >
          {option.label}
          {option.hint ? <Text className='step-choice__hint'>{option.hint}</Text> : null}
        </View>
      ))}
    </View>
  );
}
