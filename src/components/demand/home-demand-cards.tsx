import { useDemandCounts } from '@/hooks/use-demand-counts';
import { watchListUrl } from '@/utils/oversight-urls';
import { type CountCell, DemandCountsCard } from './demand-counts-card';

const STEWARD_LIST = '/steward/pages/demands/index';
export const DEPARTMENT_LIST = '/department/pages/demands/index';

const STEWARD_CELLS: CountCell[] = [
  { key: 'review', label: '待审核', value: (c) => c.byStatus.submitted ?? 0, alert: true, url: `${STEWARD_LIST}?status=submitted` },
  { key: 'overdue', label: '逾期', value: (c) => c.overdue, alert: true, url: `${STEWARD_LIST}?overdue=1` },
  { key: 'callback', label: '待回访', value: (c) => c.awaitingCallback, alert: true, url: `${STEWARD_LIST}?status=rectifying` },
];

const DEPARTMENT_CELLS: CountCell[] = [
  { key: 'accept', label: '待受理', value: (c) => c.byStatus.dispatched ?? 0, alert: true, url: `${DEPARTMENT_LIST}?status=dispatched` },
  { key: 'handling', label: '办理中', value: (c) => c.byStatus.accepted ?? 0, url: `${DEPARTMENT_LIST}?status=accepted` },
  { key: 'waiting', label: '待企业补充', value: (c) => c.byStatus.waiting_enterprise ?? 0, url: `${DEPARTMENT_LIST}?status=waiting_enterprise` },
  { key: 'rectify', label: '整改中', value: (c) => c.byStatus.rectifying ?? 0, alert: true, url: `${DEPARTMENT_LIST}?status=rectifying` },
  { key: 'overdue', label: '逾期', value: (c) => c.overdue, alert: true, url: `${DEPARTMENT_LIST}?overdue=1` },
];

const UNIT_CELLS: CountCell[] = [
  { key: 'review', label: '待审核', value: (c) => c.byStatus.submitted ?? 0, url: watchListUrl({ status: 'submitted' }) },
  { key: 'handling', label: '办理中', value: (c) => (c.byStatus.dispatched ?? 0) + (c.byStatus.accepted ?? 0) + (c.byStatus.waiting_enterprise ?? 0) },
  { key: 'rectify', label: '整改中', value: (c) => c.byStatus.rectifying ?? 0, url: watchListUrl({ status: 'rectifying' }) },
  { key: 'overdue', label: '逾期', value: (c) => c.overdue, alert: true, url: watchListUrl({ overdue: true }) },
];

/** On a steward's home: reviews to do, missed deadlines, bad reviews to call back. */
export function StewardDemandsCard() {
  const { state, reload } = useDemandCounts();
  return (
    <DemandCountsCard
      className='home-entry steward-demands-entry'
      title='我服务的企业诉求'
      state={state}
      cells={STEWARD_CELLS}
      onRetry={() => void reload()}
      listUrl={STEWARD_LIST}
    />
  );
}

/** On a department's home: its work by stage. */
export function DepartmentDemandsCard() {
  const { state, reload } = useDemandCounts();
  return <DemandCountsCard title='本部门诉求' state={state} cells={DEPARTMENT_CELLS} onRetry={() => void reload()} listUrl={DEPARTMENT_LIST} />;
}

/** On a unit's home: the unit's demands at a glance, each count and the title opening the unit's watch list. */
export function UnitDemandsCard() {
  const { state, reload } = useDemandCounts();
  return <DemandCountsCard className='unit-demands' title='本单位诉求' state={state} cells={UNIT_CELLS} onRetry={() => void reload()} listUrl={watchListUrl()} />;
}
