import { ON_SITE } from '../../src/core/contracts/contact.fields';
import { stewardOverviewInput } from '../../src/core/contracts/org.contracts';
import { notFound } from '../../src/core/errors';
import { contactSummaryOf, coverageOf, demandCountsOf, satisfactionOf, type OverviewDemand, type StewardOverview } from '../../src/core/org/steward-overview';
import { isStewardOverloaded } from '../../src/core/org/staffing.rules';
import { addCalendarDays, shanghaiDate } from '../../src/core/time/shanghai';
import { contactRepo } from '../db/contact.repo';
import { demandRepo } from '../db/demand.repo';
import { enterpriseRepo } from '../db/enterprise.repo';
import { unitRepo } from '../db/unit.repo';
import { userRepo } from '../db/user.repo';
import { assertAccess } from '../runtime/access';
import { defineAction } from '../runtime/define-action';
import { byNextDue, cadenceRow } from './cadence.actions';
import { toContactViews } from './contact.view';

/** A steward's records over a year stay far below this; a query never reads more. */
const MAX_ROWS = 1000;
const PRESSING_SHOWN = 5;
const RECENT_CONTACTS_SHOWN = 5;
const OVERVIEW_DEMAND_FIELDS: Record<keyof OverviewDemand, true> = { createdAt: true, closedAt: true, escalatedAt: true, closeReason: true, ratings: true };

const stewardOverview = defineAction({
  name: 'steward.overview',
  roles: ['unit_admin', 'district_admin'],
  input: stewardOverviewInput,
  writes: false,
  summary: '管家服务情况：服务企业、联系走访覆盖、近期联系、诉求办理和企业评价',
  async handler({ stewardId, days }, { db, user, now, files }): Promise<StewardOverview> {
    const steward = await userRepo.get(db, stewardId);
    if (!steward || steward.role !== 'steward') throw notFound('管家不存在');
    assertAccess(user, 'account', steward, '只能查看本单位的管家');
    const _ = db.command;
    const at = now();
    const from = addCalendarDays(shanghaiDate(at), -days + 1);
    const since = new Date(`${from}T00:00:00+08:00`);
    // Each read goes through an index that starts with the steward (or the unit for its liaisons).
    // The period's records are counted from the few fields the summaries read (OverviewDemand, the
    // contact's type and enterprise): a year's full records cost more to decode than to count.
    const inPeriod = () => contactRepo.find(db, { stewardId, at: _.gte(since) }).orderBy('at', 'desc');
    const [enterprises, contacts, recent, demands, byStatus, overdueNow, unit, liaisons] = await Promise.all([
      enterpriseRepo.all(db, { stewardId, status: 'active' }),
      inPeriod().field({ type: true, enterpriseId: true }).limit(MAX_ROWS).get(),
      inPeriod().limit(RECENT_CONTACTS_SHOWN).get(),
      // The newest demands: what the period's ratings and closings can fall on (rated within weeks of submission).
      demandRepo.find(db, { stewardId }).orderBy('createdAt', 'desc').field(OVERVIEW_DEMAND_FIELDS).limit(MAX_ROWS).get(),
      demandRepo.countOpenByStatus(db, { stewardId }),
      demandRepo.count(db, { stewardId, ...demandRepo.overdue(db, at) }),
      unitRepo.get(db, steward.unitId ?? ''),
      userRepo.findActive(db, { role: 'liaison', unitId: steward.unitId ?? '', stewardId }),
    ]);
    const rows = enterprises.map((e) => cadenceRow(e, at));
    const openNow = byStatus.reduce((sum, g) => sum + g.count, 0);
    return {
      steward: { id: steward._id, name: steward.name, phone: steward.phone, status: steward.status, unitId: steward.unitId ?? '', unitName: unit?.name ?? '', liaisonNames: liaisons.map((l) => l.name) },
      period: { days, from },
      load: { enterprises: enterprises.length, overloaded: isStewardOverloaded(enterprises.length) },
      coverage: coverageOf(enterprises.map((e) => ({ ...e, since: e.createdAt })), at),
      pressing: rows.filter((r) => r.state !== 'ok').sort(byNextDue).slice(0, PRESSING_SHOWN),
      contacts: contactSummaryOf(contacts.data, ON_SITE),
      recentContacts: await toContactViews(files, recent.data),
      demandsNow: { open: openNow, overdue: overdueNow },
      demands: demandCountsOf(demands.data, since),
      satisfaction: satisfactionOf(demands.data, since),
    };
  },
});

export const stewardOverviewActions = [stewardOverview];
