import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Chip } from '@/components/chip';
import { PagedList } from '@/components/paged-list';
import { RecordHead } from '@/components/record-head';
import { Tabs } from '@/components/tabs';
import { courseLine } from '@/components/training/course-words';
import { COURSE_STATUS_LABELS, type CaseCandidateView, type CourseView } from '@/core/training/training.model';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { toCloudError } from '@/services/cloud-error';
import { formatDate } from '@/utils/format-time';
import { DISTRICT_COURSE_NEW_URL, districtCourseUrl, trainingStatsUrl } from '@/utils/training-urls';
import { draftCaseFromDemand, listCaseCandidates, listCourses } from '../../services/training.service';
import './index.scss';

type Tab = { label: string; value: 'courses' | 'cases' };
const TABS: Tab[] = [
  { label: '全部课程', value: 'courses' },
  { label: '案例素材', value: 'cases' },
];
const go = (url: string) => () => void Taro.navigateTo({ url });

function CourseItem({ course }: { course: CourseView }) {
  return (
    <View className='list-item district-course' onClick={go(districtCourseUrl(course.id))}>
      <RecordHead title={course.title} size='md'>
        {course.required ? <Chip tone='waiting'>必修</Chip> : null}
        <Chip tone={course.status === 'draft' ? 'muted' : 'ok'}>{COURSE_STATUS_LABELS[course.status]}</Chip>
      </RecordHead>
      <View className='list-item__meta'>{courseLine(course)}</View>
    </View>
  );
}

async function makeCase(demandId: string) {
  try {
    const draft = await draftCaseFromDemand(demandId);
    void Taro.navigateTo({ url: districtCourseUrl(draft.id) });
  } catch (err) {
    void Taro.showToast({ title: toCloudError(err).message, icon: 'none', duration: 3000 });
  }
}

function CandidateItem({ candidate }: { candidate: CaseCandidateView }) {
  return (
    <View className='list-item case-candidate'>
      <RecordHead title={candidate.title} size='md'>
        <Chip tone='ok'>非常满意</Chip>
      </RecordHead>
      <View className='list-item__meta'>
        {candidate.category} · {candidate.enterpriseName} · {formatDate(candidate.closedAt)} 关闭
      </View>
      <View className='list-item__actions'>
        <Text className='row-action make-case' onClick={() => void makeCase(candidate.demandId)}>
          生成案例草稿（隐去企业和个人信息）
        </Text>
      </View>
    </View>
  );
}

/** The district's courses, drafts included, and the closed demands worth turning into cases. */
export default function CoursesPage() {
  const [tab, setTab] = useState(TABS[0]);
  const courses = usePagedList<CourseView>({ fetchPage: (page, pageSize) => listCourses({ includeDrafts: true, page, pageSize }), keyOf: (c) => c.id });
  const cases = usePagedList<CaseCandidateView>({ fetchPage: (page, pageSize) => listCaseCandidates({ page, pageSize }), keyOf: (c) => c.demandId });
  const list = tab.value === 'courses' ? courses : cases;
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: () => void courses.refresh() });
  return (
    <View className='page-root courses-page'>
      <View className='toolbar toolbar--padded'>
        <Text className='toolbar__grow link training-stats-link' onClick={go(trainingStatsUrl())}>
          培训完成情况 ›
        </Text>
        <Button className='primary-button toolbar-button new-course' size='mini' onClick={go(DISTRICT_COURSE_NEW_URL)}>
          新建课程
        </Button>
      </View>
      <Tabs name='courses' tabs={TABS} active={tab} onChange={setTab} />
      {tab.value === 'courses' ? (
        <PagedList list={courses} emptyTitle='还没有课程' emptyHint='新建线上课程、线下讲座、参观学习或案例分享。' renderItem={(c) => <CourseItem key={c.id} course={c} />} />
      ) : (
        <PagedList list={cases} emptyTitle='暂无素材' emptyHint='企业评价“非常满意”的已关闭诉求会出现在这里。' renderItem={(c) => <CandidateItem key={c.demandId} candidate={c} />} />
      )}
    </View>
  );
}
