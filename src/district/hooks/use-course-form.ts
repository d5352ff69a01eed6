import { useState } from 'react';
import Taro from '@tarojs/taro';
import { MAX_DOCUMENT_PAGES } from '@/core/contracts/training.fields';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { toCloudError } from '@/services/cloud-error';
import { districtCourseUrl } from '@/utils/training-urls';
import { COURSE_FIELDS, type CourseDraft, courseInput, defaultLectureSlot, validateCourse } from '../course-form.rules';
import { pickPageImages, pickVideo, uploadCourseFile } from '../services/course-files';
import { createCourse } from '../services/training.service';

/** The district drafts a course of any kind; material is uploaded as it is picked. */
export function useCourseForm() {
  const [draft, setDraft] = useState<CourseDraft>(() => {
    const slot = defaultLectureSlot(new Date());
    return {
      kind: 'online', title: '', summary: '', hours: '1', required: false, materialType: 'video', video: null, documentName: '', pages: [],
      venue: '', date: slot.date, startTime: slot.start, endTime: slot.end, caseText: '',
    };
  });
  const [uploading, setUploading] = useState('');
  const form = useFormSubmit(COURSE_FIELDS);
  const change = (patch: Partial<CourseDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function upload(kind: 'video' | 'pages') {
    const picked = kind === 'video' ? [await pickVideo()].filter((f) => f !== null) : await pickPageImages(MAX_DOCUMENT_PAGES);
    if (!picked.length) return;
    setUploading(kind === 'video' ? '视频上传中…' : `页面上传中（共 ${picked.length} 页）…`);
    form.setErrors({});
    try {
      const refs = [];
      for (const file of picked) refs.push({ fileID: await uploadCourseFile(file), name: file.name });
      change(kind === 'video' ? { video: refs[0] } : { pages: refs });
    } catch (err) {
      form.setErrors({ material: toCloudError(err).message });
    } finally {
      setUploading('');
    }
  }

  async function submit() {
    if (form.isSending() || uploading) return;
    const found = validateCourse(draft);
    form.setErrors(found);
    form.setFormError('');
    if (Object.keys(found).length) return;
    await form.run(async () => {
      const course = await createCourse(courseInput(draft));
      void Taro.redirectTo({ url: districtCourseUrl(course.id) });
    });
  }

  return { draft, change, upload, uploading, submit, ...form };
}
