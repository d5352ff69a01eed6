import { useRouter } from '@tarojs/taro';
import { DemandListScreen } from '@/components/demand/demand-list-screen';
import type { StatusFilter } from '@/components/demand/demand-status-filters';
import { StepPage } from '@/components/demand/step-page';
import { DecisionForm } from './decision-form';
import './index.scss';

const DECIDING: StatusFilter[] = [{ label: '待裁定', status: 'district_review' }];

/**
 * Demands the enterprise still rated badly after rectification, waiting for the district to decide
 * (within 3 working days); with `?id=` the decision for one of them.
 */
export default function DemandDecidePage() {
  const id = useRouter().params.id;
  if (id) return <StepPage id={id} step={['orderRectification', 'closeUnresolved']} render={(demand, refresh) => <DecisionForm demand={demand} refresh={refresh} />} />;
  return (
    <DemandListScreen
      showEnterprise
      statusFilters={DECIDING}
      emptyHint='整改后企业仍不满意的诉求会显示在这里，请在 3 个工作日内裁定：再次整改或以“未解决”关闭。'
    />
  );
}
