import { DEMAND_STATUS_LABELS, type DemandStatus } from '@/core/demand/demand.model';
import { Chip, type ChipTone } from './chip';

// Colour says where the ball is: waiting on the steward, in progress, needing the enterprise, done.
const TONES: Record<DemandStatus, ChipTone> = {
  submitted: 'waiting',
  returned: 'danger',
  dispatched: 'info',
  accepted: 'info',
  waiting_enterprise: 'danger',
  resolved: 'ok',
  closed: 'muted',
  withdrawn: 'muted',
  rerouting: 'waiting',
  rectifying: 'danger',
  district_review: 'waiting',
};

/** A demand's status as the one label that heads it. */
export function StatusTag({ status }: { status: DemandStatus }) {
  return (
    <Chip tone={TONES[status] ?? 'muted'} size='md' className='demand-status'>
      {DEMAND_STATUS_LABELS[status] ?? status}
    </Chip>
  );
}
