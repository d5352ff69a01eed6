import { ChoiceChips } from '../chip';
import { FormField } from '../form-field';

const OPTIONS = ['管家陪同', '管家不陪同'] as const;

/** Whether the steward goes with the leaders (art. 5.1: the steward accompanies, records and follows up). */
export function AccompanyChoice({ value, onChange }: { value: boolean; onChange: (accompanies: boolean) => void }) {
  return (
    <FormField label='管家陪同' name='stewardAccompanies' required>
      <ChoiceChips chipClassName='accompany-chip' options={OPTIONS} value={value ? OPTIONS[0] : OPTIONS[1]} onChange={(option) => onChange(option === OPTIONS[0])} />
    </FormField>
  );
}
