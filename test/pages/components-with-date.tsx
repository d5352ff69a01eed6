/**
 * The component doubles plus a date picker: `<Picker mode='date'>` becomes a text box a test can
 * type YYYY-MM-DD into; every other picker stays the shared `<select>` double.
 * Use: jest.mock('@tarojs/components', () => jest.requireActual('./components-with-date')).
 */
// requireActual: the doubles file is what '@tarojs/components' maps to, so a plain import would be this mock.
const doubles: typeof import('../doubles/components') = jest.requireActual('../doubles/components');

type PickerProps = Parameters<typeof doubles.Picker>[0];

export const { Button, Image, Input, Label, ScrollView, Text, Textarea, View } = doubles;

export const Picker = (props: PickerProps) => {
  if (props.mode !== 'date') return doubles.Picker(props);
  const onChange = props.onChange as unknown as ((event: { detail: { value: string } }) => void) | undefined;
  return (
    <div className='picker'>
      <input
        className='date-picker-input'
        value={String(props.value ?? '')}
        onChange={(event) => onChange?.({ detail: { value: event.target.value } })}
      />
      {props.children}
    </div>
  );
};
