import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Chip } from '@/components/chip';
import { PagedList } from '@/components/paged-list';
import { RecordHead } from '@/components/record-head';
import { Tabs } from '@/components/tabs';
import { courseLine, recordLine } from '@/components/training/course-words';
import { TRAINING_STATUS_LABELS, type CourseView, type TrainingRecordView } from '@/core/training/training.model';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { STEWARD_SIGN_IN_URL, stewardCourseUrl } from '@/utils/training-urls';
import { listPublishedCourses, listTrainingRecords } from '../../services/training.service';
import './index.scss';

type Tab = { label: string; value: 'open' | 'completed' | 'library' };
const TABS: Tab[] = [
  { label: '待完成', value: 'open' },
  { label: '已完成', value: 'completed' },
  { label: '课程库', value: 'library' },
];
const open = (id: string) => () => void Taro.navigateTo({ url: stewardCourseUrl(id) });

function RecordItem({ record }: { record: TrainingRecordView }) {
  return (
    <View className='list-item training-record' onClick={open(record.courseId)}>
      <RecordHead title={record.courseTitle} size='md'>
        {record.required ? <Chip tone='waiting'>必修</Chip> : null}
        {record.overdue ? <Chip tone='danger'>已逾期</Chip> : <Chip tone={record.status === 'completed' ? 'ok' : 'info'}>{TRAINING_STATUS_LABELS[record.status]}</Chip>}
      </RecordHead>
      <View className='list-item__meta'>{recordLine(record)}</View>
    </View>
  );
}

function CourseItem({ course }: { course: CourseView }) {
  return (
    <View className='list-item training-course' onClick={open(course.id)}>
      <RecordHead title={course.title} size='md'>
        {course.required ? <Chip tone='waiting'>必修</Chip> : null}
      </RecordHead>
      <View className='list-item__meta'>{courseLine(course)}</View>
    </View>
  );
}

/** A steward's training: what is assigned (required first to catch the eye), what is done, and every course offered. */
export default function TrainingPage() {
  const [tab, setTab] = useState(TABS[0]);
  const records = usePagedList<TrainingRecordView>({
    fetchPage: (page, pageSize) => listTrainingRecords({ state: tab.value === 'completed' ? 'completed' : 'open', page, pageSize }),
    keyOf: (r) => r.courseId,
    resetKey: tab.value,
  });
  const courses = usePagedList<CourseView>({ fetchPage: (page, pageSize) => listPublishedCourses({ page, pageSize }), keyOf: (c) => c.id });
  const list = tab.value === 'library' ? courses : records;
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: () => void records.refresh() });

  return (
    <View className='page-root training-page'>
      <View className='toolbar toolbar--padded'>
        <Text className='toolbar__grow text-note'>线上课程看完即完成；讲座和参观请在现场签到。</Text>
        <Button className='primary-button toolbar-button sign-in-entry' size='mini' onClick={() => void Taro.navigateTo({ url: STEWARD_SIGN_IN_URL })}>
          现场签到
        </Button>
      </View>
      <Tabs name='training' tabs={TABS} active={tab} onChange={setTab} />
      {tab.value === 'library' ? (
        <PagedList list={courses} emptyTitle='暂无课程' emptyHint='区科经委发布的课程会出现在这里。' renderItem={(c) => <CourseItem key={c.id} course={c} />} />
      ) : (
        <PagedList
          list={records}
          emptyTitle={tab.value === 'open' ? '没有待完成的课程' : '还没有完成的课程'}
          emptyHint={tab.value === 'open' ? '分配给您的必修课程和您开始学习的课程会出现在这里。' : undefined}
          renderItem={(r) => <RecordItem key={r.courseId} record={r} />}
        />
      )}
    </View>
  );
}
