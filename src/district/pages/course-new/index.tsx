import { Button, Picker, Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { ChoiceChips } from '@/components/chip';
import { ChoiceBlocks } from '@/components/choice-blocks';
import { DatePicker } from '@/components/date-picker';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { TextField } from '@/components/text-field';
import { COURSE_TEXT } from '@/core/contracts/training.fields';
import { COURSE_KIND_LABELS, COURSE_KINDS, type CourseKind } from '@/core/training/training.model';
import { useCourseForm } from '../../hooks/use-course-form';
import './index.scss';

type Form = ReturnType<typeof useCourseForm>;

function OnlineMaterial({ form }: { form: Form }) {
  const { draft } = form;
  const uploaded = draft.materialType === 'video' ? (draft.video ? `已上传：${draft.video.name}` : '') : draft.pages.length ? `已上传 ${draft.pages.length} 页` : '';
  return (
    <FormField label='学习材料' name='material' required error={form.errors.material}>
      <ChoiceChips options={['video', 'document'] as const} value={draft.materialType} label={(v) => (v === 'video' ? 'MP4 视频' : '文档（页面图片）')} onChange={(materialType) => form.change({ materialType })} />
      <Button className='plain-button upload-material' onClick={() => void form.upload(draft.materialType === 'video' ? 'video' : 'pages')}>
        {form.uploading || (draft.materialType === 'video' ? '选择视频' : '选择页面图片（按页序）')}
      </Button>
      {uploaded ? <Text className='text-meta material-uploaded'>{uploaded}</Text> : null}
    </FormField>
  );
}

function Session({ form }: { form: Form }) {
  const { draft } = form;
  return (
    <>
      <TextField label='活动地点' name='venue' inputClassName='course-venue-input' required error={form.errors.venue} value={draft.venue} maxLength={COURSE_TEXT.venue.max} placeholder='如：浦东新区行政中心 2 号楼报告厅' onChange={(venue) => form.change({ venue })} />
      <FormField label='时间' name='endsAt' required error={form.errors.endsAt ?? form.errors.session}>
        <View className='course-session-times'>
          <DatePicker className='session-date' value={draft.date} placeholder='日期' onChange={(date) => form.change({ date })} />
          <Picker mode='time' value={draft.startTime} onChange={(e) => form.change({ startTime: String(e.detail.value) })}>
            <View className='picker-value session-start'>{draft.startTime}</View>
          </Picker>
          <Text className='text-meta'>至</Text>
          <Picker mode='time' value={draft.endTime} onChange={(e) => form.change({ endTime: String(e.detail.value) })}>
            <View className='picker-value session-end'>{draft.endTime}</View>
          </Picker>
        </View>
      </FormField>
    </>
  );
}

/** The district drafts a course: online material, a lecture or visit with its time and place, or a case. */
export default function CourseNewPage() {
  const form = useCourseForm();
  const { draft } = form;
  return (
    <View className='page-root course-new-page'>
      <Card>
        <FormField label='课程类型' name='kind' required>
          <ChoiceChips className='course-kinds' options={COURSE_KINDS} value={draft.kind} label={(k: CourseKind) => COURSE_KIND_LABELS[k]} onChange={(kind) => form.change({ kind })} />
        </FormField>
        <TextField label='课程名称' name='title' inputClassName='course-title-input' required error={form.errors.title} value={draft.title} maxLength={COURSE_TEXT.title.max} placeholder='如：服务包政策解读' onChange={(title) => form.change({ title })} />
        <TextField label='课程简介' name='summary' inputClassName='course-summary-input' required multiline error={form.errors.summary} value={draft.summary} maxLength={COURSE_TEXT.summary.max} placeholder='学什么、面向谁（至少 10 个字）' onChange={(summary) => form.change({ summary })} />
        <TextField label='学时' name='hours' inputClassName='course-hours-input' required type='digit' error={form.errors.hours} value={draft.hours} placeholder='如：1.5' onChange={(hours) => form.change({ hours })} />
        <FormField label='是否必修' name='required'>
          <ChoiceBlocks name='required' value={draft.required ? 'yes' : 'no'} onChange={(v) => form.change({ required: v === 'yes' })} options={[{ value: 'no', label: '选修' }, { value: 'yes', label: '必修', hint: '发布后自动分配给新任管家' }]} />
        </FormField>
      </Card>
      <Card title={COURSE_KIND_LABELS[draft.kind]}>
        {draft.kind === 'online' ? <OnlineMaterial form={form} /> : null}
        {draft.kind === 'lecture' || draft.kind === 'visit' ? <Session form={form} /> : null}
        {draft.kind === 'case' ? (
          <TextField label='案例正文' name='caseText' inputClassName='course-case-input' required multiline counter error={form.errors.caseText} value={draft.caseText} maxLength={COURSE_TEXT.caseText.max} placeholder='也可从“案例素材”中选取满意度高的诉求自动生成（已隐去企业和个人信息）' onChange={(caseText) => form.change({ caseText })} />
        ) : null}
      </Card>
      <FormActions error={form.formError} busy={form.submitting} busyLabel='保存中…' label='保存草稿' hint='保存后可预览，确认无误再发布。' onSubmit={() => void form.submit()} />
    </View>
  );
}
