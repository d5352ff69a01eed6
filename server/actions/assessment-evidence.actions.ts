import { EVIDENCE_KIND_LABELS, type EvidenceView } from '../../src/core/assessment/assessment.model';
import { evidenceCounters, evidenceKindOf, NO_RECORDS_NOTE, sourceKey } from '../../src/core/assessment/evidence-kinds';
import type { MeasureSource } from '../../src/core/assessment/scheme';
import { evidenceInput } from '../../src/core/contracts/assessment.contracts';
import { notFound } from '../../src/core/errors';
import { assertAccess } from '../runtime/access';
import { defineAction } from '../runtime/define-action';
import { assessmentResultRepo, resultId } from '../db/assessment-result.repo';
import { assessmentRunRepo } from '../db/assessment-run.repo';
import { assessmentSchemeRepo } from '../db/assessment-scheme.repo';
import { evidencePage } from '../assessment/evidence-records';

/** The last level of the drill-down: the records behind one of a steward's measures or deductions. */
const evidence = defineAction({
  name: 'assessment.evidence',
  roles: ['district_admin', 'unit_admin'],
  input: evidenceInput,
  writes: false,
  summary: '管家一项得分的依据记录（诉求、联系走访、报送、调研、交接、服务企业、培训），逐条列出其计入的统计数',
  async handler({ year, stewardId, key, page, pageSize }, { db, user, now }): Promise<EvidenceView> {
    const [run, doc] = await Promise.all([assessmentRunRepo.ofYear(db, year), assessmentResultRepo.get(db, resultId(year, 'steward', stewardId))]);
    if (!run || !doc || (user.role !== 'district_admin' && run.status !== 'published')) throw notFound('没有该管家本年度的考核结果');
    assertAccess(user, 'assessment_result', doc, '只能查看本单位管家的考核依据');
    const scheme = (await assessmentSchemeRepo.version(db, doc.schemeVersion))?.scheme;
    const sources: Array<{ source: MeasureSource; label: string }> = [
      ...(scheme?.indicators ?? []).flatMap((i) => i.measures.map((m) => ({ source: m.source, label: `${i.label} · ${doc.result.indicators.find((r) => r.key === i.key)?.measures.find((r) => sourceKey(r.source) === sourceKey(m.source))?.label ?? sourceKey(m.source)}` }))),
      ...(scheme?.deductions ?? []).map((d) => ({ source: d.source, label: d.label })),
    ];
    const found = sources.find((s) => sourceKey(s.source) === key);
    if (!found) throw notFound('该考核方案没有这一项');
    const kind = evidenceKindOf(found.source);
    if (!kind) return { key, label: found.label, kind: 'training', totals: {}, items: [], page, pageSize, hasMore: false, note: NO_RECORDS_NOTE[key] ?? '该项没有可列出的记录' };
    const keys = evidenceCounters(found.source);
    const { totals, ...rows } = await evidencePage(db, kind, stewardId, year, keys, now(), { page, pageSize });
    const note = kind === 'spot_checks' ? '周抽查的核实记录在周抽查功能上线后列出；扣分所用的不属实条数见上一级。' : kind === 'enterprises' ? `${EVIDENCE_KIND_LABELS.enterprises}按其当前服务管家和联系记录，在年末（年度未结束时为当前）判断是否在周期内。` : undefined;
    return { key, label: found.label, kind, totals, ...rows, ...(note ? { note } : {}) };
  },
});

export const assessmentEvidenceActions = [evidence];
