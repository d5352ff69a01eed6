import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { CourseView } from '@/core/training/training.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { shanghaiNow } from '@/utils/shanghai-clock';
import { assignCourse, getCourseAdmin, publishCourse, updateCourse } from '../services/training.service';

/** One course at the district: review and edit the draft, publish it, assign it as required. */
export function useCourseAdmin(id: string) {
  const detail = useAsyncData(() => getCourseAdmin(id), id);
  const [edits, setEdits] = useState<Partial<Pick<CourseView, 'title' | 'summary' | 'caseText'>>>({});
  const [assignTo, setAssignTo] = useState({ unitId: '', dueDate: '' });
  const [assigned, setAssigned] = useState('');
  const form = useFormSubmit(['title', 'summary', 'caseText', 'dueDate', 'unitId'] as const);

  const saveEdits = () =>
    form.run(async () => {
      await updateCourse({ id, ...edits });
      setEdits({});
      await detail.refresh();
      void Taro.showToast({ title: '已保存', icon: 'success' });
    });

  const publish = () =>
    form.run(
      async () => {
        if (Object.keys(edits).length) await updateCourse({ id, ...edits });
        setEdits({});
        await publishCourse(id);
        await detail.refresh();
        void Taro.showToast({ title: '已发布', icon: 'success' });
      },
      async () => (await Taro.showModal({ title: '发布课程', content: '发布后管家即可学习，课程内容不能再修改。' })).confirm,
    );

  const assign = () => {
    if (!assignTo.dueDate) {
      form.setErrors({ dueDate: '请选择完成期限' });
      return Promise.resolve();
    }
    return form.run(async () => {
      const result = await assignCourse({ id, dueDate: assignTo.dueDate, ...(assignTo.unitId ? { unitId: assignTo.unitId } : {}) });
      setAssigned(`已分配给 ${result.assigned} 名管家${result.alreadyAssigned ? `（${result.alreadyAssigned} 名此前已有）` : ''}，并已通知`);
    });
  };

  return { detail, edits, setEdits, saveEdits, publish, assignTo, setAssignTo, assign, assigned, today: shanghaiNow().date, ...form };
}
