import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import { NoteStepForm } from '@/components/demand/note-step-form';
import { Notice } from '@/components/notice';
import type { DemandDetail } from '@/core/demand/demand.model';
import { useDemandStep } from '@/hooks/use-demand-step';
import type { StepName } from '@/core/contracts/demand-step.contracts';
import { type NoteStepSpec, STEP_SPECS, visibleSteps } from '@/utils/demand-steps';
import { goBackOrHome } from '@/utils/navigation';

interface StepActionsProps {
  demand: DemandDetail;
  refresh: () => Promise<void>;
}

/**
 * What the viewer may do now: one button per step the server lists. A step needing one text
 * opens its form here; the others open their own page. A refusal because the demand moved on
 * stays on screen above the buttons of the demand as it now is.
 */
export function StepActions({ demand, refresh }: StepActionsProps) {
  const steps = visibleSteps(demand.steps);
  const [open, setOpen] = useState<StepName | null>(null);
  const step = useDemandStep(demand, refresh);
  const openSpec = open && steps.includes(open) ? STEP_SPECS[open] : undefined;

  const waiting = demand.waiting ?? [];
  if (steps.length === 0 && waiting.length === 0 && !step.stale) return null;

  const tap = (name: StepName) => {
    const spec = STEP_SPECS[name]!;
    if (spec.kind === 'page') {
      void Taro.navigateTo({ url: spec.url(demand.id) });
      return;
    }
    step.clear();
    setOpen(name);
  };

  const submitNote = async (name: StepName, spec: NoteStepSpec, text: string) => {
    const fields = spec.optional && !text ? {} : { [spec.field]: text };
    const result = await step.send(name, fields as never, spec.done);
    if (!result) return;
    setOpen(null);
    if (spec.leaves) setTimeout(goBackOrHome, 800);
    else await refresh();
  };

  return (
    <View className='step-actions'>
      {step.stale ? <Notice className='stale-notice'>{step.stale}</Notice> : null}
      {open && openSpec?.kind === 'note' ? (
        <NoteStepForm
          key={open}
          spec={openSpec}
          busy={step.busy}
          serverError={step.errors[openSpec.field]}
          formError={step.formError}
          onSubmit={(text) => void submitNote(open, openSpec, text)}
          onCancel={() => setOpen(null)}
        />
      ) : steps.length > 0 || waiting.length > 0 ? (
        <Card className='step-card' title='办理操作'>
          {waiting.map((words) => (
            <Notice key={words} compact tone='info' className='step-waiting'>
              {words}
            </Notice>
          ))}
          <View className='step-buttons'>
            {steps.map((name, index) => {
              const spec = STEP_SPECS[name]!;
              const look = index === 0 && !spec.danger ? 'primary-button' : `plain-button${spec.danger ? ' plain-button--danger' : ''}`;
              return (
                <Button key={name} className={`${look} step-button step-button--${name}`} onClick={() => tap(name)}>
                  {spec.label}
                </Button>
              );
            })}
          </View>
        </Card>
      ) : null}
    </View>
  );
}
