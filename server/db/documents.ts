import type { AuditDoc } from './audit.repo';
import type { BindingCodeDoc } from './binding-code.repo';
import type { CalendarOverrideDoc } from './calendar-override.repo';
import type { ContactDoc } from './contact.repo';
import type { DemandDoc } from './demand.repo';
import type { DepartmentDoc } from './department.repo';
import type { EnterpriseDoc } from './enterprise.repo';
import type { HandoverTaskDoc } from './handover-task.repo';
import type { JobCursorDoc } from './job-cursor.repo';
import type { NotificationDoc } from './notification.repo';
import type { MessageDoc } from './message.repo';
import type { PolicyDoc } from './policy.repo';
import type { PromotionDoc } from './promotion.repo';
import type { ProposalDoc } from './proposal.repo';
import type { RefusalDoc } from './refusal.repo';
import type { ReminderLogDoc } from './reminder-log.repo';
import type { ReportDoc } from './report.repo';
import type { ResearchVisitDoc } from './research-visit.repo';
import type { SubscriptionDoc } from './subscription.repo';
import type { UnitDoc } from './unit.repo';
import type { UserDoc } from './user.repo';
import type { CollectionName } from './collections';

/**
 * Each collection's document type, declared beside its repository. This map ties a collection
 * name to its type; a collection declared in collections.ts without a type here (or the other
 * way round) fails the type check below.
 */
export interface DocumentTypes {
  units: UnitDoc;
  departments: DepartmentDoc;
  users: UserDoc;
  enterprises: EnterpriseDoc;
  demands: DemandDoc;
  binding_codes: BindingCodeDoc;
  handover_tasks: HandoverTaskDoc;
  proposals: ProposalDoc;
  calendar_overrides: CalendarOverrideDoc;
  contacts: ContactDoc;
  reports: ReportDoc;
  research_visits: ResearchVisitDoc;
  policies: PolicyDoc;
  promotions: PromotionDoc;
  reminder_log: ReminderLogDoc;
  job_cursors: JobCursorDoc;
  audit_log: AuditDoc;
  subscriptions: SubscriptionDoc;
  notifications: NotificationDoc;
  messages: MessageDoc;
  refusals: RefusalDoc;
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const everyCollectionTyped: Same<keyof DocumentTypes, CollectionName> = true;
void everyCollectionTyped;

// The seed data (local-cloud/seed) imports the document types from here.
export type {
  AuditDoc, BindingCodeDoc, CalendarOverrideDoc, ContactDoc, DemandDoc, DepartmentDoc, EnterpriseDoc, HandoverTaskDoc, JobCursorDoc, NotificationDoc,
  PolicyDoc, PromotionDoc, ProposalDoc, RefusalDoc, ReminderLogDoc, ReportDoc, ResearchVisitDoc, SubscriptionDoc, UnitDoc, UserDoc,
};
export type { AttachmentDoc, DemandEventDoc } from './demand.repo';
export type { UnitKind } from './unit.repo';
export type { ContactType } from './contact.repo';
export type { ResearchPromiseDoc } from './research-visit.repo';
