/**
 * What a record that counts in the figures keeps about its part in the rollups. The rollup rows
 * always hold each record's contributions as evaluated at its `factsAt`; a write replaces them
 * with the contributions at the write's own time (server/db/tracked-writes.ts).
 */
export interface FactsStamp {
  /** When the contributions now in the rollups were evaluated. */
  factsAt?: Date;
  /** Moves on with every write that re-evaluates the contributions: each such write is conditional on it. */
  factsRev?: number;
  /** The first and last Shanghai day the record contributes to (the repair job selects a month's records by them). */
  factsFrom?: string;
  factsTo?: string;
  /** When the contributions change with no write (a deadline passing): the hourly timer re-evaluates then. */
  factsRefreshAt?: Date;
}

/** Records of work done (a contact, a report, a promotion) count for the steward who served the enterprise then. */
export interface CreditedWork {
  /**
   * The steward serving the enterprise when the record was made. A handover moves `stewardId`
   * (who sees the record) to the new steward; the figures keep the work with the one who did it.
   */
  creditedStewardId?: string;
}
