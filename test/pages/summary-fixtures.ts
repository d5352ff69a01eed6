import type { StewardSummaryList, SummaryDetail, SummaryRow, UnitSummaryList } from '@/core/summary/summary.model';

/** A steward's summary as the server answers it; override what a test is about. */
export function summaryDetail(overrides: Partial<SummaryDetail> = {}): SummaryDetail {
  return {
    id: '2026-steward-u-steward-01', year: 2026, kind: 'steward', subjectId: 'u-steward-01', subjectName: '张伟', unitId: 'unit-z01', unitName: '陆家嘴管理局',
    status: 'draft', version: 1, frozen: false, returns: [], deadline: '2026-12-25',
    sections: { duties: '2026年，本人作为服务管家，服务重点企业11家，联系企业45次。', results: '受理企业诉求20件，办结18件。', satisfaction: '企业首次评价诉求15件，满意率93.3%。', problems: '', plans: '' },
    reference: {
      year: 2026, periodLabel: '2026年（2026-01-01 至 2026-12-31）', computedAt: '2026-12-01T02:00:00.000Z', stockDay: '2026-12-01',
      rows: [
        { key: 'enterprises', label: '服务企业', value: 11, text: '11 家', definition: '在服务清单中的重点企业数。' },
        { key: 'satisfiedRate', label: '满意率', value: 0.933, text: '93.3%', definition: '首次评价为“非常满意”或“满意”的诉求 ÷ 首次评价的诉求。' },
        { key: 'trainingHours', label: '培训学时', value: 6, text: '6 学时', definition: '年度内完成的培训课程学时之和。' },
      ],
      highlights: [{ demandId: 'd1', title: '申请贷款贴息', enterpriseName: '上海联影信息技术有限公司', stewardName: '张伟', closedAt: '2026-06-01T02:00:00.000Z' }],
    },
    can: { edit: true, submit: true, review: false, export: true },
    ...overrides,
  };
}

export const summaryRow = (overrides: Partial<SummaryRow> = {}): SummaryRow => ({ subjectId: 'u-steward-01', subjectName: '张伟', state: 'submitted', summaryId: '2026-steward-u-steward-01', submittedAt: '2026-12-02T02:00:00.000Z', returns: 0, ...overrides });

/** A unit's stewards' list as the server answers a page of it: two submitted summaries, one steward not started. */
export function stewardList(overrides: Partial<StewardSummaryList> = {}, items?: SummaryRow[], hasMore = false): StewardSummaryList {
  const state = overrides.state ?? 'submitted';
  return {
    of: 'stewards', year: 2026, unitId: 'unit-z01', unitName: '陆家嘴管理局', deadline: '2026-12-25', deadlineVersion: 1, state,
    counts: { not_started: 1, draft: 0, submitted: 2, returned: 0, accepted: 0 }, unitSummary: { state: 'not_started' },
    stewards: { items: items ?? [summaryRow({ state })], page: 1, pageSize: 20, hasMore },
    ...overrides,
  };
}

/** Every unit's summary at the district. */
export function unitList(overrides: Partial<UnitSummaryList> = {}): UnitSummaryList {
  const rows = overrides.rows ?? [summaryRow({ subjectId: 'unit-z01', subjectName: '陆家嘴管理局', summaryId: '2026-unit-unit-z01' })];
  return { of: 'units', year: 2026, deadline: null, deadlineVersion: 0, rows, counts: { not_started: 0, draft: 0, submitted: 1, returned: 0, accepted: 0 }, ...overrides };
}
