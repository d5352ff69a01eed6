import { integrityListInput, integritySubmitInput } from '../../src/core/contracts/integrity.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import { INTEGRITY_ACK_WORKING_DAYS, INTEGRITY_CONCLUDE_WORKING_DAYS, type IntegrityReportMine } from '../../src/core/integrity/integrity.model';
import { shanghaiDate } from '../../src/core/time/shanghai';
import { workingDayDeadline } from '../../src/core/time/working-days';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { enterpriseRepo } from '../db/enterprise.repo';
import { integrityReportRepo, type IntegrityReportDoc } from '../db/integrity-report.repo';
import { fetchPage } from '../db/paging';
import { defineAction } from '../runtime/define-action';
import { tellDistrict } from './integrity-notices';
import { toReporterView } from './integrity.view';
import { acceptUploads } from './uploaded-files';

/** A number people can quote: the day and four characters of the id. */
const numberOf = (id: string, at: Date) => `LQ${shanghaiDate(at).replace(/-/g, '')}-${id.slice(0, 4).toUpperCase()}`;

const integritySubmit = defineAction({
  name: 'integrity.submit',
  roles: 'bound',
  input: integritySubmitInput,
  writes: 'integrity_reports',
  summary: '廉洁监督：向区科经委反映不作为、干预企业或违规行为（管家和单位看不到）',
  async handler(input, ctx): Promise<{ id: string; number: string; created: boolean }> {
    const { db, user } = ctx;
    const at = ctx.now();
    const _id = integrityReportRepo.idForRequest(user._id, input.clientRequestId);
    const [attachments, calendar, enterprise] = await Promise.all([
      acceptUploads(ctx, 'integrity', input.attachments, 'attachments'),
      calendarOverrideRepo.load(db),
      user.enterpriseId ? enterpriseRepo.get(db, user.enterpriseId) : null,
    ]);
    const doc: IntegrityReportDoc = {
      _id, number: numberOf(_id, at), category: input.category, description: input.description, attachments, anonymous: input.anonymous,
      reporterId: user._id, reporterRole: user.role, reporterName: user.name, ...(user.phone ? { reporterPhone: user.phone } : {}),
      ...(enterprise ? { reporterEnterpriseId: enterprise._id, reporterEnterpriseName: enterprise.name } : {}),
      ...(enterprise?.stewardId ? { servingStewardId: enterprise.stewardId, servingStewardName: enterprise.stewardName } : {}),
      status: 'submitted', submittedAt: at, ackDueAt: workingDayDeadline(at, INTEGRITY_ACK_WORKING_DAYS, calendar),
      concludeDueAt: workingDayDeadline(at, INTEGRITY_CONCLUDE_WORKING_DAYS, calendar), notes: [],
    };
    const { doc: saved, created } = await integrityReportRepo.insertOnce(db, doc);
    if (!created) {
      ctx.audit.unchanged();
      return { id: saved._id, number: saved.number, created };
    }
    // The audit log is the district's alone; even there the entry carries no content.
    ctx.audit.record(saved._id, `提交廉洁监督反映 ${saved.number}`);
    await tellDistrict(db, ctx.messages, saved, 'todo:integrity', '新的廉洁监督反映待受理', saved.ackDueAt);
    return { id: saved._id, number: saved.number, created };
  },
});

const integrityMine = defineAction({
  name: 'integrity.mine',
  roles: 'bound',
  input: integrityListInput,
  writes: false,
  summary: '我反映的问题：办理状态与答复',
  async handler(input, { db, user }): Promise<PageResult<IntegrityReportMine>> {
    const filter: Record<string, unknown> = { reporterId: user._id };
    if (input.state === 'closed') filter.status = 'replied';
    if (input.state === 'open') filter.status = db.command.neq('replied');
    return fetchPage(integrityReportRepo.find(db, filter).orderBy('submittedAt', 'desc'), input, toReporterView);
  },
});

export const integrityActions = [integritySubmit, integrityMine];
