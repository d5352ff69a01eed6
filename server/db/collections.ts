/**
 * Every collection the platform uses and the indexes each needs. This list is the single
 * source: the local cloud creates exactly these collections and indexes, and an operator creates
 * the same ones in the CloudBase console (all with the "仅管理端可读写" permission).
 */
export interface IndexSpec {
  /** Field paths in order; a leading '-' means descending. */
  fields: string[];
  unique?: boolean;
}

export const COLLECTIONS = {
  units: { indexes: [] },
  departments: { indexes: [] },
  // [role, status, unitId]: active stewards per unit, counted from the index (staffing);
  // [role, status, _id]: the active stewards in batches by id (morning reminders).
  users: {
    indexes: [
      { fields: ['openid'] },
      { fields: ['oidcSubject'] },
      { fields: ['deskUserId'] },
      // Paging by _id (fetchAll) after the equalities: a unit's stewards or contacts, every steward.
      { fields: ['role', 'unitId', '_id'] },
      { fields: ['role', 'status', 'unitId', '_id'] },
      { fields: ['role', 'status', '_id'] },
      { fields: ['role', '_id'] },
      // A page of a unit's stewards by name (org.stewards); of its active ones (those who can take
      // enterprises, training.stats, those yet to start their annual summary).
      { fields: ['role', 'unitId', 'name', '_id'] },
      { fields: ['role', 'status', 'unitId', 'name', '_id'] },
      // The active liaisons of a page of stewards.
      { fields: ['role', 'status', 'stewardId'] },
      { fields: ['enterpriseId'] },
      { fields: ['-createdAt'] },
    ],
  },
  enterprises: {
    indexes: [
      { fields: ['creditCode'], unique: true },
      // A policy push's batches: matching active enterprises by steward, then id.
      { fields: ['stewardId'] },
      // The list by name, per scope, with and without removed ones.
      { fields: ['name'] },
      { fields: ['status', 'name'] },
      { fields: ['unitId', 'name'] },
      { fields: ['unitId', 'status', 'name'] },
      // The morning snapshot pages a unit's active enterprises by _id.
      { fields: ['unitId', 'status', '_id'] },
      { fields: ['stewardId', 'status', 'name'] },
      // Cadence (the stored cadenceDueAt): the list nearest first across the district, in a unit or
      // a steward's, the morning's reminders, long overdue per unit; [cadenceDueAt] alone finds
      // those still without one (the hourly backfill).
      { fields: ['cadenceDueAt'] },
      { fields: ['status', 'cadenceDueAt'] },
      { fields: ['unitId', 'status', 'cadenceDueAt'] },
      { fields: ['stewardId', 'status', 'cadenceDueAt'] },
      // Staffing counts per unit and steward, answered from this index alone (group by).
      { fields: ['status', 'unitId', 'stewardId'] },
    ],
  },
  /** Every suffix of every enterprise's name: "name contains" searches as one range read (enterprise-name.repo.ts). */
  enterprise_names: { indexes: [{ fields: ['suffix'] }, { fields: ['unitId', 'suffix'] }, { fields: ['enterpriseId', 'nameKey'] }] },
  demands: {
    indexes: [
      // Lists, newest first, per scope and per scope and state; counts per state (group by status).
      { fields: ['enterpriseId', '-createdAt'] },
      { fields: ['-createdAt'] },
      { fields: ['status', '-createdAt'] },
      { fields: ['stewardId', '-createdAt'] },
      { fields: ['stewardId', 'status', '-createdAt'] },
      // [unitId, status, ...] also serves the morning snapshot's read of a unit's open demands.
      { fields: ['unitId', '-createdAt'] },
      { fields: ['unitId', 'status', '-createdAt'] },
      // The morning snapshot pages a unit's open demands by _id, one state at a time.
      { fields: ['unitId', 'status', '_id'] },
      { fields: ['departmentId', '-createdAt'] },
      { fields: ['departmentId', 'status', '-createdAt'] },
      // The running deadline (storedDue): overdue lists and counts per scope, supervision, auto-close.
      { fields: ['dueAt'] },
      { fields: ['stewardId', 'dueAt'] },
      { fields: ['unitId', 'dueAt'] },
      { fields: ['departmentId', 'dueAt'] },
      // The running stage per scope: bad reviews not yet called back (dueStage 'callback'), counted.
      { fields: ['dueStage'] },
      { fields: ['stewardId', 'dueStage'] },
      { fields: ['unitId', 'dueStage'] },
      { fields: ['departmentId', 'dueStage'] },
      { fields: ['superviseAt'] },
      { fields: ['status', 'autoCloseAt'] },
      // The case library's candidates: closed demands, newest first.
      { fields: ['status', '-closedAt'] },
      // The district's model-case candidates (exemplaryAt, a derived field), newest first.
      { fields: ['-exemplaryAt'] },
      // A summary's highlights: a steward's or a unit's model cases of the year, newest first.
      { fields: ['stewardId', '-exemplaryAt'] },
      { fields: ['unitId', '-exemplaryAt'] },
      // The figures: the repair job finds a month's demands by the first and last day they count on
      // (both in one index, so the second bound is checked in the index); the hourly re-evaluation
      // finds those whose facts change when a deadline passes.
      { fields: ['factsFrom', 'factsTo'] },
      { fields: ['factsRefreshAt'] },
      // A summary's highlights: a steward's or a unit's closed demands of a year, newest first.
      { fields: ['stewardId', 'status', '-closedAt'] },
      { fields: ['unitId', 'status', '-closedAt'] },
      // The watch lists' filters (demand.list, demand.export), each after the scope's field.
      { fields: ['category', '-createdAt'] },
      { fields: ['unitId', 'category', '-createdAt'] },
      { fields: ['unitId', 'departmentId', '-createdAt'] },
      { fields: ['-escalatedAt'] },
      { fields: ['unitId', '-escalatedAt'] },
      // The hourly job reads waits for materials whose next milestone has passed.
      { fields: ['materialsDueAt'] },
    ],
  },
  binding_codes: { indexes: [{ fields: ['userId'] }, { fields: ['enterpriseId'] }] },
  /** Binding attempts per WeChat user (its OPENID is the _id): wrong codes and the lock after too many. */
  binding_attempts: { indexes: [] },
  /** Upload paths issued to people (the token is the _id): an action takes a file only from its caller's own. */
  uploads: { indexes: [] },
  handover_tasks: {
    // [unitId, completedAt, cancelledAt, dueAt]: a unit's open tasks (both missing) without its
    // finished ones, and the past-due among them, oldest first.
    indexes: [
      { fields: ['toStewardId', 'dueAt'] },
      { fields: ['unitId', 'dueAt'] },
      { fields: ['unitId', 'completedAt', 'cancelledAt', 'dueAt'] },
      { fields: ['enterpriseId'] },
      { fields: ['completedAt', 'dueAt'] },
      { fields: ['factsFrom', 'factsTo'] },
      { fields: ['factsRefreshAt'] },
    ],
  },
  /** Steward changes proposed by a unit and confirmed (or refused) by the district. */
  handovers: { indexes: [{ fields: ['status', '-createdAt'] }, { fields: ['unitId', '-createdAt'] }, { fields: ['fromStewardId', 'status'] }] },
  proposals: { indexes: [{ fields: ['unitId', '-createdAt'] }, { fields: ['status', '-createdAt'] }] },
  calendar_overrides: { indexes: [] },
  /** Each change to the working-day calendar, and how far the recomputation of open deadlines has got. */
  calendar_changes: { indexes: [{ fields: ['status', 'at'] }] },
  contacts: {
    // `at`: the weekly spot check draws from one week's contacts across the district.
    indexes: [{ fields: ['enterpriseId', '-at'] }, { fields: ['stewardId', '-at'] }, { fields: ['unitId', 'checkInFlag', '-at'] }, { fields: ['checkInFlag', '-at'] }, { fields: ['factsTo'] }, { fields: ['at'] }],
  },
  reports: {
    indexes: [
      { fields: ['-createdAt'] },
      { fields: ['unitId', '-createdAt'] },
      { fields: ['enterpriseId', '-createdAt'] },
      { fields: ['stewardId', '-createdAt'] },
      // Risk reports only (the homes' oversight cards), newest first.
      { fields: ['risk', '-createdAt'] },
      { fields: ['unitId', 'risk', '-createdAt'] },
      { fields: ['factsTo'] },
    ],
  },
  research_visits: {
    indexes: [
      { fields: ['-date'] },
      { fields: ['stewardId', '-date'] },
      { fields: ['unitId', '-date'] },
      { fields: ['enterpriseId', '-date'] },
      // Open promises first (the homes' oversight cards), per scope.
      { fields: ['hasOpenPromises', '-date'] },
      { fields: ['stewardId', 'hasOpenPromises', '-date'] },
      { fields: ['unitId', 'hasOpenPromises', '-date'] },
      { fields: ['factsFrom', 'factsTo'] },
      { fields: ['factsRefreshAt'] },
      { fields: ['nextReminderAt'] },
    ],
  },
  policies: { indexes: [{ fields: ['-createdAt'] }, { fields: ['push.status'] }] },
  promotions: { indexes: [{ fields: ['enterpriseId', '-createdAt'] }, { fields: ['policyId'] }, { fields: ['stewardId', '-createdAt'] }, { fields: ['factsTo'] }] },
  /** Pushed policies each matching enterprise's steward is to present (done when the promotion is recorded). */
  promotion_todos: { indexes: [{ fields: ['stewardId', '-createdAt'] }, { fields: ['unitId', '-createdAt'] }, { fields: ['-createdAt'] }, { fields: ['policyId'] }, { fields: ['enterpriseId'] }] },
  reminder_log: { indexes: [{ fields: ['date'] }] },
  /** Where a timer job working through a list has got to (saved per batch; the next run continues). */
  job_cursors: { indexes: [] },
  /** The district's open demands by status, counted after every status change (demand-tally.repo.ts). */
  demand_tallies: { indexes: [] },
  audit_log: { indexes: [{ fields: ['-at'] }, { fields: ['actorId', '-at'] }, { fields: ['recordId'] }, { fields: ['action', '-at'] }] },
  /** One-time subscribe-message credits the app has been granted, per user and template. */
  subscriptions: { indexes: [{ fields: ['openid', 'templateId'] }] },
  /** Every attempt to send a subscribe message, with WeChat's answer (sent or the error). */
  notifications: { indexes: [{ fields: ['-createdAt'] }, { fields: ['userId', '-createdAt'] }] },
  /** In-app messages (消息中心): every notice, whether or not a subscribe message went out. */
  messages: { indexes: [{ fields: ['userId', '-createdAt'] }, { fields: ['userId', 'read', '-createdAt'] }, { fields: ['expiresAt'] }] },
  /** Refused calls, one document per caller per Shanghai hour, for the district's security view. */
  refusals: { indexes: [{ fields: ['-hourStart'] }, { fields: ['userId', '-hourStart'] }] },
  /** Flow counters per day and month and slice (src/core/figures/rollup.ts), kept current by every write of a record. */
  figure_rollups: { indexes: [{ fields: ['dimension', 'grain', 'period', '_id'] }, { fields: ['unitId', 'dimension', 'grain', 'period'] }] },
  /** The stock snapshot per day and slice, taken by the morning timer. */
  figure_snapshots: { indexes: [{ fields: ['dimension', 'value', '-day'] }, { fields: ['day', 'dimension', 'unitId'] }] },
  /** Where the figure timers stand (snapshot, repair): cursors that let a run resume where the last one stopped. */
  figure_jobs: { indexes: [] },
  /**
   * Kept rankings of each unit's stewards per period (figures.ranking reads a header and a page):
   * the header by its id (unit and period), the rows in chunks paged by [rankingId, version, chunk].
   */
  steward_rankings: { indexes: [] },
  steward_ranking_chunks: { indexes: [{ fields: ['rankingId', 'version', 'chunk'] }] },
  /** LSH band buckets of the open demands' similarity signatures: which open demands share each band key. */
  similar_bands: { indexes: [] },
  /** Groups of open demands that ask about the same thing, for the district's one answer. */
  similar_groups: { indexes: [{ fields: ['-size'] }] },
  /** Training (art. 2, 6): courses, each steward's record per course, and the per-year rollup rows. */
  courses: { indexes: [{ fields: ['status', '-createdAt'] }, { fields: ['kind', 'status', '-createdAt'] }, { fields: ['-createdAt'] }, { fields: ['signInCode'] }, { fields: ['required', 'status'] }] },
  training_records: { indexes: [{ fields: ['userId', 'status', '-assignedAt'] }, { fields: ['courseId'] }, { fields: ['status', 'dueAt'] }] },
  // [year, dimension, unitId] first: a year's rows of one dimension, a unit's stewards; then a unit's overdue stewards, most first.
  training_stats: { indexes: [{ fields: ['year', 'dimension', 'unitId', '-overdue', '_id'] }] },
  /** 亲清 integrity reports (art. 11) and every district read of one. */
  integrity_reports: {
    indexes: [{ fields: ['reporterId', '-submittedAt'] }, { fields: ['status', '-submittedAt'] }, { fields: ['-submittedAt'] }, { fields: ['status', 'ackDueAt'] }, { fields: ['status', 'concludeDueAt'] }, { fields: ['outcome', 'concludedYear'] }],
  },
  integrity_reads: { indexes: [{ fields: ['reportId', '-at'] }] },
  /** The annual assessment (issue 10 item 4): the district's scheme versions, each year's run, the scores; and the selection (item 5). */
  assessment_schemes: { indexes: [{ fields: ['kind'] }] },
  assessment_runs: { indexes: [] },
  assessment_results: { indexes: [{ fields: ['year', 'subject', '-rankScore'] }, { fields: ['year', 'subject', 'unitId', '-rankScore'] }] },
  selection_nominations: { indexes: [{ fields: ['year'] }] },
  /** Rectification plans (整改方案): the unit's and district's lists, the source's plans, and the supervision timer's next moment. */
  rectification_plans: {
    indexes: [{ fields: ['-requestedAt'] }, { fields: ['status', '-requestedAt'] }, { fields: ['unitId', '-requestedAt'] }, { fields: ['unitId', 'status', '-requestedAt'] }, { fields: ['sourceKey'] }, { fields: ['superviseAt'] }],
  },
  /** The weekly spot check (周抽查): each week's draw (seed, period, picks) and each drawn record's verification. */
  spot_check_draws: { indexes: [{ fields: ['-to'] }] },
  spot_check_items: {
    indexes: [
      { fields: ['listWeek', '-contactAt'] }, { fields: ['unitId', 'listWeek', '-contactAt'] }, { fields: ['status', 'listWeek'] },
      { fields: ['stewardId', '-verifiedAt'] }, { fields: ['unitId', '-verifiedAt'] }, { fields: ['-verifiedAt'] }, { fields: ['findingYear'] },
      // Verifications count in the figures (server/figures/figure-sources.ts): the repair job reads a month's by these.
      { fields: ['factsFrom', 'factsTo'] },
    ],
  },
  /** The district's oversight choices kept as data (e.g. whether unit admins verify spot checks). */
  oversight_settings: { indexes: [] },
  /** Quarterly interviews (季约谈) with units. */
  interviews: { indexes: [{ fields: ['-recordedAt'] }, { fields: ['unitId', '-recordedAt'] }] },
  /** Annual summaries (art. 8): one per steward or unit and year, and the district's deadline per year. */
  // [year, kind, unitId, status, updatedAt]: a unit's stewards' summaries (its leading fields), counted per
  // state (group by status) and paged by state, the longest untouched first; [year, kind, status]: reminders.
  summaries: { indexes: [{ fields: ['year', 'kind', 'unitId', 'status', 'updatedAt'] }, { fields: ['year', 'kind', 'status'] }] },
  summary_rounds: { indexes: [] },
  /** The monthly bulletin (月通报), one per month, and each unit's part of it. */
  bulletins: { indexes: [{ fields: ['status', '-month'] }] },
  bulletin_sections: { indexes: [{ fields: ['bulletinId'] }] },
  // Every steward line of a bulletin or of one of its units, paged by _id (fetchAll) for the exports;
  // a page for the app is read by the chunks' ids.
  bulletin_steward_lines: { indexes: [{ fields: ['bulletinId', 'unitId', '_id'] }] },
} satisfies Record<string, { indexes: IndexSpec[] }>;

export type CollectionName = keyof typeof COLLECTIONS;

export const collectionIndexes = (): Array<{ collection: string; indexes: IndexSpec[] }> =>
  Object.entries(COLLECTIONS).map(([collection, spec]) => ({ collection, indexes: spec.indexes }));
