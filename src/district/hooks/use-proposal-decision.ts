import { decideProposal } from '../services/district.service';
import { useRecordDecision } from './use-record-decision';

/** One proposal being decided at a time: approve (with a steward for an addition) or reject with a reason. */
export const useProposalDecision = () =>
  useRecordDecision(
    (draft) =>
      decideProposal({ id: draft.id, approve: draft.approve, reason: draft.reason, ...(draft.approve && draft.stewardId ? { stewardId: draft.stewardId } : {}) }),
    { approved: '已同意', rejected: '已驳回', reasonMissing: '请填写驳回理由' },
  );
