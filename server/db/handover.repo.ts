import type { HandoverStatus } from '../../src/core/org/org.model';
import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/**
 * A steward change as the unit proposed it (or the district started it), and the district's
 * decision. The enterprises move only when it is confirmed (art. 10: steward changes are
 * reported to the district, which updates the platform).
 */
export interface HandoverDoc {
  _id: string;
  unitId: string;
  /** Kept beside the id so lists need no second read. */
  unitName: string;
  fromStewardId: string;
  fromStewardName: string;
  toStewardId: string;
  toStewardName: string;
  /** The enterprises named (or all of the outgoing steward's at the time of the proposal). */
  enterpriseIds: string[];
  enterpriseNames: string[];
  reason: string;
  status: HandoverStatus;
  proposedBy: string;
  proposedByName: string;
  createdAt: Date;
  decidedBy?: string;
  decidedByName?: string;
  decidedAt?: Date;
  decisionReason?: string;
  movedEnterprises?: number;
}

const handovers = repository('handovers');

export const handoverRepo = {
  ...handovers,

  /** The outgoing steward's pending proposals (one open change per enterprise: a new one must not overlap them). */
  pendingFrom: (db: Database, fromStewardId: string): Promise<HandoverDoc[]> => handovers.all(db, { fromStewardId, status: 'pending' }),

  /** Decide once: conditional on the proposal still pending, so two decisions cannot both land. */
  decide: (db: Database, id: string, decision: Partial<HandoverDoc>): Promise<number> => handovers.updateWhere(db, { _id: id, status: 'pending' }, decision),
};
