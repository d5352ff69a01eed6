import { useEffect, useRef, useState } from 'react';
import type { TrainingRecordView } from '@/core/training/training.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { toCloudError } from '@/services/cloud-error';
import { getCourse, reportProgress, startCourse } from '../services/training.service';

/**
 * One course as a steward studies it: the course, their record, and progress reports. Opening
 * an online course or a case starts (or resumes) it on the server, which times what follows;
 * a report the server refuses (too fast) is shown and nothing is recorded.
 */
export function useCourseStudy(id: string) {
  const { state, reload } = useAsyncData(() => getCourse(id), id);
  const [record, setRecord] = useState<TrainingRecordView | null>(null);
  const [problem, setProblem] = useState('');
  const sending = useRef<Promise<void> | null>(null);
  const studiable = state.status === 'ready' && (state.data.course.kind === 'online' || state.data.course.kind === 'case');

  useEffect(() => {
    if (state.status !== 'ready') return;
    setRecord(state.data.record);
    if (!studiable || state.data.record?.status === 'completed') return;
    startCourse(id).then(setRecord, (err) => setProblem(toCloudError(err).message));
  }, [state, studiable, id]);

  /**
   * Report a position (seconds or pages read); answers whether the server took it. A report
   * made while one is on its way waits for it and goes next (a player's pause and end come together).
   */
  async function report(position: number): Promise<boolean> {
    if (record?.status === 'completed') return true;
    while (sending.current) await sending.current;
    let accepted = false;
    sending.current = reportProgress(id, position).then(
      (next) => {
        setRecord(next);
        setProblem('');
        accepted = true;
      },
      (err) => setProblem(toCloudError(err).message),
    );
    await sending.current;
    sending.current = null;
    return accepted;
  }

  return { state, reload, record, problem, report };
}
