import { Text } from '@tarojs/components';
import { DEMAND_STATUS_LABELS, type DemandStatus } from '@/core/demand/demand.model';
import './status-tag.scss';

// Colour says where the ball is: waiting on the steward, in progress, needing the enterprise, done.
const TONES: Record<DemandStatus, string> = {
  submitted: 'waiting',
  returned: 'attention',
  dispatched: 'progress',
  accepted: 'progress',
  waiting_enterprise: 'attention',
  resolved: 'done',
  closed: 'muted',
  withdrawn: 'muted',
  rerouting: 'waiting',
  rectifying: 'attention',
};

export function StatusTag({ status }: { status: DemandStatus }) {
  return (
    <Text className={`status-tag status-tag--${TONES[status] ?? 'muted'} demand-status`}>
      {DEMAND_STATUS_LABELS[status] ?? status}
    </Text>
  );
}
