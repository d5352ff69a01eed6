import { useState } from 'react';
import type { DemandDetail } from '@/core/demand/demand.model';
import { isBadReview, type ResolutionAnswer, type Satisfaction } from '@/core/demand/satisfaction';
import { goBackOrHome } from '@/utils/navigation';
import { type StepErrors, useDemandStep } from './use-demand-step';

export const COMMENT_MAX = 300;

/** The enterprise's rating: resolved or not, and satisfaction, both required; a comment if wished. */
export function useDemandRate(demand: DemandDetail, refresh: () => unknown) {
  const [resolved, setResolved] = useState<ResolutionAnswer | ''>('');
  const [satisfaction, setSatisfaction] = useState<Satisfaction | ''>('');
  const [comment, setComment] = useState('');
  const [checks, setChecks] = useState<StepErrors>({});
  const step = useDemandStep(demand, refresh);
  const firstRating = demand.ratings.length === 0;
  /** This rating would open the call-back and rectification loop. */
  const bad = !!resolved && !!satisfaction && isBadReview(satisfaction, resolved);

  async function submit() {
    if (step.busy) return;
    const found: StepErrors = {};
    if (!resolved) found.resolved = '请选择诉求是否解决';
    if (!satisfaction) found.satisfaction = '请选择满意度';
    if (comment.trim().length > COMMENT_MAX) found.comment = `评价不超过 ${COMMENT_MAX} 个字`;
    setChecks(found);
    if (Object.keys(found).length > 0) return;
    const done = await step.send(
      'rate',
      { resolved: resolved as ResolutionAnswer, satisfaction: satisfaction as Satisfaction, comment: comment.trim() },
      '感谢您的评价',
    );
    if (done) setTimeout(goBackOrHome, 800);
  }

  return {
    resolved, setResolved, satisfaction, setSatisfaction, comment, setComment, firstRating, bad,
    errors: { ...step.errors, ...checks }, formError: step.stale || step.formError, busy: step.busy, submit,
  };
}
