/**
 * The 亲清 integrity channel (guideline art. 11): any bound user — above all an enterprise
 * contact — reports a steward's inaction, interference or misconduct to the district. Only the
 * reporter and the district admins ever see a report, its existence or its count; the steward,
 * the liaison and the unit never do. The district acknowledges within 1 working day, investigates,
 * concludes within 15 and replies to the reporter; confirmed findings feed the assessment.
 */
export const INTEGRITY_CATEGORIES = ['不作为、慢作为', '干预企业正常经营', '吃拿卡要、以权谋私', '其他违反亲清关系的行为'] as const;
export type IntegrityCategory = (typeof INTEGRITY_CATEGORIES)[number];

export const INTEGRITY_ACK_WORKING_DAYS = 1;
export const INTEGRITY_CONCLUDE_WORKING_DAYS = 15;

export type IntegrityStatus = 'submitted' | 'acknowledged' | 'investigating' | 'concluded' | 'replied';
export type IntegrityOutcome = 'confirmed' | 'not_confirmed';

/** The district's words for each state. */
export const INTEGRITY_STATUS_LABELS: Record<IntegrityStatus, string> = {
  submitted: '待受理',
  acknowledged: '已受理',
  investigating: '调查中',
  concluded: '已认定，待答复',
  replied: '已答复',
};

/** The reporter's: the internal conclusion is not theirs to see before the reply. */
export const REPORTER_STATUS_LABELS: Record<IntegrityStatus, string> = {
  submitted: '已提交，待受理',
  acknowledged: '已受理',
  investigating: '调查核实中',
  concluded: '调查核实中',
  replied: '已答复',
};

export const INTEGRITY_OUTCOME_LABELS: Record<IntegrityOutcome, string> = { confirmed: '查实', not_confirmed: '未查实' };

export interface IntegrityAttachmentView {
  name: string;
  url?: string;
}

/** A report as its reporter sees it. */
export interface IntegrityReportMine {
  id: string;
  number: string;
  category: IntegrityCategory;
  description: string;
  anonymous: boolean;
  statusLabel: string;
  submittedAt: string;
  acknowledgedAt?: string;
  reply?: string;
  repliedAt?: string;
}

/** A row of the district's list: no text and no reporter, so listing is not reading. */
export interface IntegrityReportRow {
  id: string;
  number: string;
  category: IntegrityCategory;
  status: IntegrityStatus;
  submittedAt: string;
  ackDueAt: string;
  concludeDueAt: string;
  /** Past the deadline of the step it waits for. */
  overdue: boolean;
}

export interface IntegrityNoteView {
  at: string;
  byName: string;
  text: string;
}

/** The district's full view of one report; every read of it is logged. */
export interface IntegrityReportDetail extends IntegrityReportRow {
  description: string;
  anonymous: boolean;
  reporter: { name: string; roleLabel: string; enterpriseName?: string; phone?: string };
  /** The steward serving the reporter's enterprise when the report was made (a suggestion for the conclusion). */
  servingSteward?: { id: string; name: string; unitName?: string };
  attachments: IntegrityAttachmentView[];
  acknowledgedAt?: string;
  notes: IntegrityNoteView[];
  conclusion?: { outcome: IntegrityOutcome; findings: string; stewardId?: string; stewardName?: string; unitName?: string; at: string };
  reply?: string;
  repliedAt?: string;
}

export interface IntegrityReadView {
  at: string;
  readerName: string;
  reportNumber: string;
}

/** The step a report waits for, and its deadline field. */
export const integrityWaitingFor = (status: IntegrityStatus): 'ack' | 'conclude' | null =>
  status === 'submitted' ? 'ack' : status === 'acknowledged' || status === 'investigating' ? 'conclude' : null;
