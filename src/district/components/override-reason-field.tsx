import { TextField } from '@/components/text-field';
import { DECISION_REASON } from '@/core/contracts/org.fields';

interface OverrideReasonFieldProps {
  value: string;
  /** The server's refusal (one 总管家 per unit, one liaison per steward) or the device's check. */
  error?: string;
  onChange: (value: string) => void;
}

/**
 * Shown once a staffing rule refused the account (or a reason is being written): the district
 * may set the rule aside, in writing. The reason is kept on the account and in the audit log.
 */
export function OverrideReasonField({ value, error, onChange }: OverrideReasonFieldProps) {
  if (!error && !value) return null;
  return (
    <TextField
      label='例外理由'
      name='overrideReason'
      required
      multiline
      value={value}
      maxLength={DECISION_REASON.max}
      placeholder='确需例外配置的，请写明理由（记入账号和操作日志）'
      error={error}
      onChange={onChange}
    />
  );
}
