import { enterpriseIdInput } from '../../src/core/contracts/org.contracts';
import type { EnterpriseProfile } from '../../src/core/fieldwork/fieldwork.model';
import { defineAction } from '../runtime/define-action';
import { contactRepo } from '../db/contact.repo';
import { demandRepo } from '../db/demand.repo';
import { promotionRepo } from '../db/promotion.repo';
import { reportRepo } from '../db/report.repo';
import { researchVisitRepo } from '../db/research-visit.repo';
import { unitRepo } from '../db/unit.repo';
import { userRepo } from '../db/user.repo';
import type { Query } from '../runtime/cloud-types';
import { cadenceRow } from './cadence.actions';
import { toContactViews } from './contact.view';
import { toDemandSummary } from './demand.view';
import { toPromotionView, toReportView } from './fieldwork.view';
import { toResearchVisitViews } from './research.view';
import { toEnterpriseView } from './org.view';
import { enterpriseInScope } from '../runtime/access';

const RECENT = 5;

/** One page per enterprise: basic data, cadence, and the latest of everything done with it. */
export const enterpriseProfile = defineAction({
  name: 'enterprise.profile',
  roles: ['steward', 'liaison', 'unit_admin', 'district_admin'],
  input: enterpriseIdInput,
  writes: false,
  summary: '企业档案：基本信息、联系节奏、联系记录、诉求、报送、调研、政策宣讲',
  async handler(input, { db, user, now, files }): Promise<EnterpriseProfile> {
    const enterprise = await enterpriseInScope(db, user, input.id);
    const ofEnterprise = { enterpriseId: enterprise._id };
    const recent = <T>(query: Query<T>, field: string) => query.orderBy(field, 'desc').limit(RECENT).get().then((r) => r.data);
    const [contacts, demands, reports, visits, promotions, steward, unit] = await Promise.all([
      recent(contactRepo.find(db, ofEnterprise), 'at'),
      demandRepo.listed(db, ofEnterprise).limit(RECENT).get().then((r) => r.data),
      recent(reportRepo.find(db, ofEnterprise), 'createdAt'),
      recent(researchVisitRepo.find(db, ofEnterprise), 'date'),
      recent(promotionRepo.find(db, ofEnterprise), 'createdAt'),
      enterprise.stewardId ? userRepo.get(db, enterprise.stewardId) : null,
      unitRepo.get(db, enterprise.unitId),
    ]);
    const at = now();
    const view = toEnterpriseView(enterprise, { unitName: unit?.name, stewardPhone: steward?.phone });
    return {
      enterprise: view,
      cadence: cadenceRow(enterprise, at),
      preferences: view.preferences,
      contacts: await toContactViews(files, contacts),
      demands: demands.map((d) => toDemandSummary(d, at)),
      reports: reports.map(toReportView),
      researchVisits: await toResearchVisitViews(files, visits, at),
      promotions: promotions.map(toPromotionView),
    };
  },
});
