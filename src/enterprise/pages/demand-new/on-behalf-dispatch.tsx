import { Card } from '@/components/card';
import { ComplexityChoice } from '@/components/demand/complexity-choice';
import { DepartmentPicker } from '@/components/demand/department-picker';
import { FormField } from '@/components/form-field';
import type { OnBehalfDispatch } from '@/hooks/use-demand-form';
import { useDemandDepartments } from '@/hooks/use-demand-departments';

interface OnBehalfDispatchCardProps {
  dispatch: OnBehalfDispatch;
  onChange: (patch: Partial<OnBehalfDispatch>) => void;
  errors: { departmentId?: string; complexity?: string };
}

/** 代提: the steward has reviewed what it wrote, so it names the department and the complexity at once. */
export function OnBehalfDispatchCard({ dispatch, onChange, errors }: OnBehalfDispatchCardProps) {
  const departments = useDemandDepartments();
  return (
    <Card title='派单' className='on-behalf-dispatch'>
      <FormField label='承办部门' name='departmentId' required error={errors.departmentId}>
        <DepartmentPicker source={departments} value={dispatch.departmentId} onChange={(departmentId) => onChange({ departmentId })} />
      </FormField>
      <FormField label='办理类型' name='complexity' required error={errors.complexity}>
        <ComplexityChoice value={dispatch.complexity} onChange={(complexity) => onChange({ complexity })} />
      </FormField>
    </Card>
  );
}
