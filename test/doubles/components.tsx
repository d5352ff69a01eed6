/**
 * Plain DOM stand-ins for @tarojs/components in jsdom page tests. Only the props a page test
 * can observe are passed through; Taro-only props (scrollX, userSelect, …) are dropped, and
 * events are reshaped the way Taro delivers them (`{ detail: { value } }`).
 */
import type { ChangeEvent, CSSProperties, MouseEventHandler, ReactNode } from 'react';

interface BaseProps {
  id?: string;
  className?: string;
  style?: CSSProperties | string;
  children?: ReactNode;
  onClick?: MouseEventHandler;
  [prop: string]: unknown;
}

type DetailHandler = (event: { detail: { value: string } }) => void;

/** What every element keeps: identity, class, click and data-* / aria-* attributes. */
function domProps({ id, className, style, onClick, ...rest }: BaseProps) {
  const attributes = Object.fromEntries(Object.entries(rest).filter(([key]) => /^(data|aria)-/.test(key)));
  return { id, className, style: typeof style === 'string' ? undefined : style, onClick, ...attributes };
}

export const View = (props: BaseProps) => <div {...domProps(props)}>{props.children}</div>;
export const Text = (props: BaseProps) => <span {...domProps(props)}>{props.children}</span>;
export const Label = (props: BaseProps) => <label {...domProps(props)}>{props.children}</label>;
export const ScrollView = (props: BaseProps) => <div {...domProps(props)}>{props.children}</div>;
export const Image = (props: BaseProps & { src?: string }) => <img {...domProps(props)} src={props.src} alt='' />;

export const Button = (props: BaseProps & { disabled?: boolean; loading?: boolean }) => (
  <button type='button' {...domProps(props)} disabled={Boolean(props.disabled)}>
    {props.children}
  </button>
);

interface FieldProps extends BaseProps {
  value?: string;
  placeholder?: string;
  maxlength?: number;
  disabled?: boolean;
  password?: boolean;
  onInput?: DetailHandler;
  onBlur?: DetailHandler;
}

const detail = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => ({ detail: { value: event.target.value } });

export const Input = (props: FieldProps) => (
  <input
    {...domProps(props)}
    type={props.password ? 'password' : 'text'}
    value={props.value ?? ''}
    placeholder={props.placeholder}
    maxLength={props.maxlength}
    disabled={props.disabled}
    onChange={(event) => props.onInput?.(detail(event))}
    onBlur={(event) => props.onBlur?.(detail(event))}
  />
);

export const Textarea = (props: FieldProps) => (
  <textarea
    {...domProps(props)}
    value={props.value ?? ''}
    placeholder={props.placeholder}
    maxLength={props.maxlength}
    disabled={props.disabled}
    onChange={(event) => props.onInput?.(detail(event))}
    onBlur={(event) => props.onBlur?.(detail(event))}
  />
);

interface PickerProps extends BaseProps {
  mode?: string;
  range?: unknown[];
  rangeKey?: string;
  value?: number;
  onChange?: (event: { detail: { value: number } }) => void;
}

/** A `<select>` a test can choose from (`fireEvent.change(select, { target: { value: '2' } })`). */
export const Picker = (props: PickerProps) => {
  const label = (item: unknown) =>
    props.rangeKey && item && typeof item === 'object' ? String((item as Record<string, unknown>)[props.rangeKey]) : String(item);
  return (
    <div className='picker'>
      <select
        className='picker-select'
        value={String(props.value ?? 0)}
        onChange={(event) => props.onChange?.({ detail: { value: Number(event.target.value) } })}
      >
        {(props.range ?? []).map((item, index) => (
          <option key={index} value={index}>
            {label(item)}
          </option>
        ))}
      </select>
      {props.children}
    </div>
  );
};
