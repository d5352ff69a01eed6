import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { FactLine } from '@/components/fact-line';
import { Notice } from '@/components/notice';
import { courseLine } from '@/components/training/course-words';
import type { CourseDetail, TrainingRecordView } from '@/core/training/training.model';
import { formatDateTime } from '@/utils/format-time';
import { STEWARD_SIGN_IN_URL } from '@/utils/training-urls';
import { useCourseStudy } from '../../hooks/use-course-study';
import { CaseReader, DocumentReader, VideoPlayer } from './study-material';
import './index.scss';

function Completion({ record }: { record: TrainingRecordView | null }) {
  if (record?.status !== 'completed') return null;
  return (
    <Notice tone='ok' className='course-completed'>
      已完成，计 {record.hours} 学时（{formatDateTime(record.completedAt)}）
    </Notice>
  );
}

function Offline({ detail, record }: { detail: CourseDetail; record: TrainingRecordView | null }) {
  const session = detail.course.session!;
  return (
    <Card title='时间地点'>
      <FactLine label='开始' value={formatDateTime(session.startsAt)} />
      <FactLine label='结束' value={formatDateTime(session.endsAt)} />
      <FactLine label='地点' value={session.venue} />
      {record?.status === 'completed' ? null : (
        <Button className='primary-button go-sign-in' onClick={() => void Taro.navigateTo({ url: STEWARD_SIGN_IN_URL })}>
          到场签到
        </Button>
      )}
    </Card>
  );
}

/** A course as the steward takes it: watch the video, read the pages or the case, or sign in at the venue. */
export default function CoursePage() {
  const { id = '' } = useRouter().params;
  const study = useCourseStudy(id);
  return (
    <AsyncView state={study.state} onRetry={() => void study.reload()} finalErrors={{ NOT_FOUND: '课程不存在或尚未发布' }}>
      {(detail) => {
        const { course } = detail;
        const record = study.record;
        return (
          <View className='page-root course-page'>
            <Card className='course-head'>
              <View className='course-head__title text-title'>{course.title}</View>
              <View className='course-head__chips'>
                {course.required || record?.required ? <Chip tone='waiting'>必修</Chip> : null}
                {record?.dueDate && record.status !== 'completed' ? <Chip tone={record.overdue ? 'danger' : 'info'}>{record.dueDate} 前完成</Chip> : null}
              </View>
              <View className='text-meta'>{courseLine(course)}</View>
              <View className='text-body course-head__summary'>{course.summary}</View>
            </Card>
            <Completion record={record} />
            {study.problem ? (
              <Notice tone='error' className='course-problem'>
                {study.problem}
              </Notice>
            ) : null}
            {course.material?.type === 'video' ? <VideoPlayer course={course} record={record} onReport={study.report} /> : null}
            {course.material?.type === 'document' ? <DocumentReader course={course} record={record} onReport={study.report} /> : null}
            {course.kind === 'case' ? <CaseReader course={course} record={record} onReport={study.report} /> : null}
            {course.session ? <Offline detail={detail} record={record} /> : null}
            {course.kind === 'online' && record?.status !== 'completed' ? (
              <Text className='page-note course-rule'>{course.material?.type === 'video' ? '完整观看到结尾即完成，不能快进跳过。' : '逐页阅读到最后一页即完成，每页至少停留几秒。'}</Text>
            ) : null}
          </View>
        );
      }}
    </AsyncView>
  );
}
