import { View } from '@tarojs/components';
import { Card } from '@/components/card';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { Tabs } from '@/components/tabs';
import { TextField } from '@/components/text-field';
import { useProposalForm } from '../../hooks/use-proposal-form';
import { REASON_MAX } from '../../proposal-form.rules';
import { EnterpriseSearchPick } from './enterprise-search-pick';
import '../../components/unit.scss';

const KINDS = [
  { label: '建议纳入企业', kind: 'add' as const },
  { label: '建议移出企业', kind: 'remove' as const },
];

type NewEnterpriseField = 'name' | 'creditCode' | 'industry' | 'address';
const NEW_ENTERPRISE: Array<{ field: NewEnterpriseField; label: string; placeholder: string; max: number }> = [
  { field: 'name', label: '企业名称', placeholder: '营业执照上的全称', max: 60 },
  { field: 'creditCode', label: '统一社会信用代码', placeholder: '18 位代码', max: 18 },
  { field: 'industry', label: '行业', placeholder: '如：生物医药', max: 20 },
  { field: 'address', label: '地址', placeholder: '企业经营地址', max: 100 },
];

/** Propose adding an enterprise to the key list, or removing one; the district decides. */
export default function ProposalNewPage() {
  const { draft, change, errors, formError, submitting, submit } = useProposalForm();
  const kind = KINDS.find((k) => k.kind === draft.kind) ?? KINDS[0];

  return (
    <View className='page-root proposal-new'>
      <Tabs tabs={KINDS} active={kind} onChange={(k) => change({ kind: k.kind })} />
      <Card>
        {draft.kind === 'add' ? (
          NEW_ENTERPRISE.map(({ field, label, placeholder, max }) => (
            <TextField key={field} label={label} name={field} required error={errors[field]} value={draft[field]} maxLength={max} placeholder={placeholder} onChange={(value) => change({ [field]: value })} />
          ))
        ) : (
          <FormField label='移出的企业' name='enterpriseId' required error={errors.enterpriseId}>
            <EnterpriseSearchPick
              picked={draft.enterpriseId ? { id: draft.enterpriseId, name: draft.enterpriseName } : null}
              onPick={(e) => change({ enterpriseId: e?.id ?? '', enterpriseName: e?.name ?? '' })}
            />
          </FormField>
        )}
        <TextField
          label='建议理由'
          name='reason'
          required
          multiline
          error={errors.reason}
          value={draft.reason}
          maxLength={REASON_MAX}
          placeholder={draft.kind === 'add' ? '如：年营收增长快、属重点产业，建议纳入服务包' : '如：企业已迁出浦东'}
          onChange={(reason) => change({ reason })}
        />
      </Card>
      <FormActions error={formError} busy={submitting} label='提交建议' onSubmit={() => void submit()} />
    </View>
  );
}
