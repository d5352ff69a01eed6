import type { ReactNode } from 'react';
import { Button, View } from '@tarojs/components';
import { DEMAND_STATUS_LABELS, type DemandDetail } from '@/core/demand/demand.model';
import { useDemandDetail } from '@/hooks/use-demand-detail';
import type { StepName } from '@/core/contracts/demand-step.contracts';
import { DEMAND_FINAL_ERRORS, STEP_SPECS } from '@/utils/demand-steps';
import { goBackOrHome } from '@/utils/navigation';
import { AsyncView } from '../async-view';
import { EmptyState } from '../empty-state';
import './step-form.scss';

interface StepPageProps {
  id: string;
  /** The step(s) this page takes; it shows only while the server lists one of them. */
  step: StepName | StepName[];
  render: (demand: DemandDetail, refresh: () => Promise<void>) => ReactNode;
}

/** A page for one lifecycle step: loads the demand, and says so when the step is no longer open. */
export function StepPage({ id, step, render }: StepPageProps) {
  const { state, reload, refresh } = useDemandDetail(id);
  const steps = Array.isArray(step) ? step : [step];
  return (
    <AsyncView state={state} onRetry={() => void reload()} finalErrors={DEMAND_FINAL_ERRORS}>
      {(demand) => (steps.some((s) => demand.steps.includes(s)) ? render(demand, refresh) : <StepClosed demand={demand} step={steps[0]} />)}
    </AsyncView>
  );
}

function StepClosed({ demand, step }: { demand: DemandDetail; step: StepName }) {
  return (
    <View className='page-root'>
      <EmptyState
        title={`当前不能${STEP_SPECS[step]?.label ?? '此操作'}`}
        hint={`诉求「${demand.title}」当前为「${DEMAND_STATUS_LABELS[demand.status]}」，请返回查看最新进展。`}
        action={
          <Button className='plain-button back-button' size='mini' onClick={goBackOrHome}>
            返回
          </Button>
        }
      />
    </View>
  );
}
