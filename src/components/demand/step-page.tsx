import type { ReactNode } from 'react';
import { Button, View } from '@tarojs/components';
import { DEMAND_STATUS_LABELS, type DemandDetail } from '@/core/demand/demand.model';
import { useDemandDetail } from '@/hooks/use-demand-detail';
import type { StepName } from '@/services/demand.service';
import { goBackOrHome } from '@/utils/navigation';
import { EmptyState } from '../empty-state';
import { ErrorState } from '../error-state';
import { LoadingState } from '../loading-state';
import { STEP_SPECS } from '@/utils/demand-steps';
import './step-form.scss';

interface StepPageProps {
  id: string;
  /** The step(s) this page takes; it shows only while the server lists one of them. */
  step: StepName | StepName[];
  render: (demand: DemandDetail, refresh: () => Promise<void>) => ReactNode;
}

const backButton = (
  <Button className='plain-button back-button' size='mini' onClick={goBackOrHome}>
    返回
  </Button>
);

/** A page for one lifecycle step: loads the demand, and says so when the step is no longer open. */
export function StepPage({ id, step, render }: StepPageProps) {
  const { state, reload, refresh } = useDemandDetail(id);
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') {
    const final = state.error.code === 'NOT_FOUND' || state.error.code === 'FORBIDDEN';
    return <ErrorState message={state.error.message} onRetry={final ? undefined : () => void reload()} action={backButton} />;
  }
  const demand = state.data;
  const steps = Array.isArray(step) ? step : [step];
  if (!steps.some((s) => demand.steps.includes(s))) {
    const label = STEP_SPECS[steps[0]]?.label ?? '此操作';
    return (
      <View className='page-root'>
        <EmptyState
          title={`当前不能${label}`}
          hint={`诉求「${demand.title}」当前为「${DEMAND_STATUS_LABELS[demand.status]}」，请返回查看最新进展。`}
          action={backButton}
        />
      </View>
    );
  }
  return <>{render(demand, refresh)}</>;
}
