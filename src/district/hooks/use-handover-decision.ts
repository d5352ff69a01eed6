import { decideHandover } from '../services/district.service';
import { useRecordDecision } from './use-record-decision';

/** One steward change being decided at a time: confirm (it takes effect) or return it with a reason. */
export const useHandoverDecision = () =>
  useRecordDecision(async (draft) => (await decideHandover({ id: draft.id, confirm: draft.approve, reason: draft.reason })).handover, {
    approved: '交接已生效',
    rejected: '已退回',
    reasonMissing: '请填写退回理由',
  });
