import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { classNames } from '@/utils/class-names';
import './chip.scss';

/**
 * What a label says by its colour: `info` a kind or fact, `ok` done or fine, `waiting` someone
 * must act, `danger` late or refused, `muted` over or off; `-solid` for a flag that must stand out.
 */
export type ChipTone = 'info' | 'ok' | 'waiting' | 'danger' | 'muted' | 'danger-solid' | 'waiting-solid';

interface ChipProps {
  /** A label's colour; ignored on a choice chip. */
  tone?: ChipTone;
  /** Given, the chip is a choice a person taps: filled when selected, outlined when not. */
  selected?: boolean;
  onClick?: () => void;
  /** `md` for the one label that heads a record (a demand's status). */
  size?: 'sm' | 'md';
  className?: string;
  children: ReactNode;
}

/** The app's one chip: a coloured label (a status, a kind, a flag) or a choice to tap. */
export function Chip({ tone = 'info', selected, onClick, size = 'sm', className, children }: ChipProps) {
  if (selected !== undefined) {
    return (
      <View className={classNames('chip', 'chip--choice', selected && 'chip--selected', className)} onClick={onClick}>
        {children}
      </View>
    );
  }
  return (
    <Text className={classNames('chip', `chip--${tone}`, size === 'md' && 'chip--md', className)} onClick={onClick}>
      {children}
    </Text>
  );
}

interface ChoiceChipsProps<V extends string> {
  options: readonly V[];
  /** One chosen value, or several. */
  value: string | readonly string[];
  onChange: (value: V) => void;
  className?: string;
  /** Names each chip for styles and tests, e.g. `contact-type`. */
  chipClassName?: string;
  label?: (option: V) => string;
}

/** A wrapping row of choice chips; the page decides whether a tap chooses one or toggles one of several. */
export function ChoiceChips<V extends string>({ options, value, onChange, className, chipClassName, label = String }: ChoiceChipsProps<V>) {
  const chosen = (option: V) => (typeof value === 'string' ? value === option : value.includes(option));
  return (
    <View className={classNames('chip-row', className)}>
      {options.map((option) => (
        <Chip key={option} selected={chosen(option)} className={chipClassName} onClick={() => onChange(option)}>
          {label(option)}
        </Chip>
      ))}
    </View>
  );
}
