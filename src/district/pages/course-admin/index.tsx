import { Button, Image, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { DatePicker } from '@/components/date-picker';
import { FactLine } from '@/components/fact-line';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { Notice } from '@/components/notice';
import { OptionsField } from '@/components/options-field';
import { TextField } from '@/components/text-field';
import { courseLine } from '@/components/training/course-words';
import { COURSE_TEXT } from '@/core/contracts/training.fields';
import { COURSE_STATUS_LABELS, type CourseDetail } from '@/core/training/training.model';
import { formatDateTime } from '@/utils/format-time';
import { useCourseAdmin } from '../../hooks/use-course-admin';
import { useUnitOptions } from '../../hooks/use-org-options';
import './index.scss';

type Admin = ReturnType<typeof useCourseAdmin>;

function SignInCode({ detail }: { detail: CourseDetail }) {
  if (!detail.signIn || !detail.course.session) return null;
  return (
    <Card className='sign-in-card' title='现场签到'>
      <View className='sign-in-card__code'>{detail.signIn.code}</View>
      <Image className='sign-in-card__qr' src={detail.signIn.qrDataUrl} />
      <Text className='text-hint'>
        在现场出示签到码或二维码；{formatDateTime(detail.signIn.opensAt)} 至 {formatDateTime(detail.signIn.closesAt)} 有效。
      </Text>
    </Card>
  );
}

function DraftEditor({ admin, detail }: { admin: Admin; detail: CourseDetail }) {
  const value = { ...detail.course, ...admin.edits };
  const edit = (patch: Admin['edits']) => admin.setEdits({ ...admin.edits, ...patch });
  return (
    <Card title='审改草稿'>
      <TextField label='课程名称' name='title' inputClassName='edit-title-input' error={admin.errors.title} value={value.title} maxLength={COURSE_TEXT.title.max} onChange={(title) => edit({ title })} />
      <TextField label='课程简介' name='summary' multiline error={admin.errors.summary} value={value.summary} maxLength={COURSE_TEXT.summary.max} onChange={(summary) => edit({ summary })} />
      {detail.course.kind === 'case' ? (
        <TextField label='案例正文' name='caseText' inputClassName='edit-case-input' multiline counter error={admin.errors.caseText} value={value.caseText ?? ''} maxLength={COURSE_TEXT.caseText.max} onChange={(caseText) => edit({ caseText })} />
      ) : null}
      {Object.keys(admin.edits).length ? (
        <Button className='plain-button save-edits' onClick={() => void admin.saveEdits()}>
          保存修改
        </Button>
      ) : null}
    </Card>
  );
}

function Assign({ admin }: { admin: Admin }) {
  const units = useUnitOptions();
  return (
    <Card className='assign-card' title='分配为必修'>
      <FormField label='范围' name='unitId'>
        <OptionsField state={{ ...units, options: [{ value: '', label: '全区在岗管家' }, ...units.options] }} value={admin.assignTo.unitId} placeholder='全区在岗管家' emptyText='暂无单位' onChange={(unitId) => admin.setAssignTo({ ...admin.assignTo, unitId })} className='assign-unit' />
      </FormField>
      <FormField label='完成期限' name='dueDate' required error={admin.errors.dueDate}>
        <DatePicker className='assign-due' value={admin.assignTo.dueDate} placeholder='选择日期' onChange={(dueDate) => admin.setAssignTo({ ...admin.assignTo, dueDate })} />
      </FormField>
      {admin.assigned ? (
        <Notice tone='ok' compact className='assign-result'>
          {admin.assigned}
        </Notice>
      ) : null}
      <Button className='plain-button assign-button' onClick={() => void admin.assign()}>
        分配并通知管家
      </Button>
    </Card>
  );
}

/** The district's view of one course: check the draft, publish it, show the sign-in code, assign it. */
export default function CourseAdminPage() {
  const { id = '' } = useRouter().params;
  const admin = useCourseAdmin(id);
  return (
    <AsyncView state={admin.detail.state} onRetry={() => void admin.detail.reload()} finalErrors={{ NOT_FOUND: '课程不存在' }}>
      {(detail) => {
        const { course } = detail;
        const draft = course.status === 'draft';
        return (
          <View className='page-root course-admin-page'>
            <Card className='course-admin-head'>
              <View className='text-title'>{course.title}</View>
              <View className='course-admin-head__chips'>
                <Chip tone={draft ? 'waiting' : 'ok'} className='course-status'>
                  {COURSE_STATUS_LABELS[course.status]}
                </Chip>
                {course.required ? <Chip tone='waiting'>必修</Chip> : null}
              </View>
              <View className='text-meta'>{courseLine(course)}</View>
              <View className='text-body'>{course.summary}</View>
              {course.material ? <FactLine label='材料' value={course.material.name} /> : null}
              {course.publishedAt ? <FactLine label='发布' value={formatDateTime(course.publishedAt)} /> : null}
            </Card>
            <SignInCode detail={detail} />
            {draft ? <DraftEditor admin={admin} detail={detail} /> : null}
            {!draft && course.caseText ? (
              <Card title='案例正文'>
                <Text className='text-body course-admin-case'>{course.caseText}</Text>
              </Card>
            ) : null}
            {draft ? (
              <FormActions error={admin.formError} busy={admin.submitting} busyLabel='发布中…' label='发布' name='publish' onSubmit={() => void admin.publish()} />
            ) : (
              <>
                <Assign admin={admin} />
                {admin.formError ? <View className='form-error'>{admin.formError}</View> : null}
              </>
            )}
          </View>
        );
      }}
    </AsyncView>
  );
}
