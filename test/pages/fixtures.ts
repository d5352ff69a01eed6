import type { DemandDetail, DemandSummary, PageResult } from '@/core/demand/demand.model';

export function demandSummary(overrides: Partial<DemandSummary> = {}): DemandSummary {
  return {
    id: 'd1',
    title: '申请研发费用加计扣除政策辅导',
    category: '政策咨询',
    urgency: 'normal',
    status: 'submitted',
    enterpriseId: 'e1',
    enterpriseName: '上海张江示例生物医药有限公司',
    createdAt: '2024-05-24T01:30:00.000Z',
    onBehalf: false,
    overdue: false,
    ...overrides,
  };
}

export function page<T>(items: T[], pageNo = 1, hasMore = false): PageResult<T> {
  return { items, page: pageNo, pageSize: 10, hasMore };
}

export function demandDetail(overrides: Partial<DemandDetail> = {}): DemandDetail {
  return {
    ...demandSummary(),
    status: 'accepted',
    description: '企业今年研发投入较大，希望了解加计扣除的申报口径和材料要求。',
    stewardId: 's1',
    stewardName: '王管家',
    unitId: 'u-zhangjiang',
    version: 3,
    attachments: [],
    ratings: [],
    extensions: [],
    escalated: false,
    returnedBy: [],
    steps: [],
    timeline: [
      { at: '2024-05-24T01:30:00.000Z', actorName: '李经理', actorRole: 'enterprise', kind: 'submitted', text: '企业提交了诉求' },
      { at: '2024-05-24T06:05:00.000Z', actorName: '王管家', actorRole: 'steward', kind: 'reviewed', text: '服务管家审核通过，已派单至区税务局' },
    ],
    ...overrides,
  };
}
