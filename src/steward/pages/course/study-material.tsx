import { useRef, useState } from 'react';
import { Button, Image, Text, Video, View } from '@tarojs/components';
import { Card } from '@/components/card';
import type { CourseView, TrainingRecordView } from '@/core/training/training.model';
import { caseReadingSeconds, SECONDS_PER_PAGE } from '@/core/training/training.rules';
import { classNames } from '@/utils/class-names';
import { useCountdown } from '../../hooks/use-countdown';

interface MaterialProps {
  course: CourseView;
  record: TrainingRecordView | null;
  onReport: (position: number) => Promise<boolean>;
}

/** Reports every 10 seconds of play, on pause, and the full length at the end. */
const REPORT_EVERY_SECONDS = 10;

export function VideoPlayer({ course, record, onReport }: MaterialProps) {
  const lastSent = useRef(record?.progress.watchedSeconds ?? 0);
  const send = (position: number) => {
    lastSent.current = position;
    void onReport(position);
  };
  const duration = course.material?.durationSeconds ?? 0;
  return (
    <Card className='course-video'>
      <Video
        className='course-video__player'
        src={course.material?.urls?.[0] ?? ''}
        controls
        showFullscreenBtn
        initialTime={record?.status === 'completed' ? 0 : (record?.progress.watchedSeconds ?? 0)}
        onTimeUpdate={(e) => {
          const at = Number(e.detail.currentTime);
          if (at - lastSent.current >= REPORT_EVERY_SECONDS) send(at);
        }}
        onEnded={() => send(duration)}
      />
      <Text className='text-meta course-video__progress'>
        已观看 {Math.floor(record?.progress.watchedSeconds ?? 0)} / {Math.round(duration)} 秒
      </Text>
    </Card>
  );
}

export function DocumentReader({ course, record, onReport }: MaterialProps) {
  const pages = course.material?.urls ?? [];
  const [page, setPage] = useState(() => Math.min(record?.progress.pagesRead ?? 0, Math.max(pages.length - 1, 0)));
  const wait = useCountdown(record?.status === 'completed' ? 0 : SECONDS_PER_PAGE, page);
  const last = page === pages.length - 1;
  const next = async () => {
    if (wait > 0) return;
    if ((await onReport(page + 1)) && !last) setPage(page + 1);
  };
  return (
    <Card className='course-document'>
      <Image className='course-document__page' mode='widthFix' src={pages[page]} />
      <View className='course-document__pager'>
        <Button className={classNames('plain-button', 'page-prev', page === 0 && 'is-disabled')} onClick={() => setPage(Math.max(0, page - 1))}>
          上一页
        </Button>
        <Text className='text-meta course-document__count'>
          第 {page + 1} / {pages.length} 页
        </Text>
        <Button className={classNames('primary-button', 'page-next', wait > 0 && 'is-disabled')} onClick={() => void next()}>
          {wait > 0 ? `${wait} 秒` : last ? '读完了' : '下一页'}
        </Button>
      </View>
    </Card>
  );
}

export function CaseReader({ course, record, onReport }: MaterialProps) {
  const wait = useCountdown(record?.status === 'completed' ? 0 : caseReadingSeconds(course.caseText ?? ''), course.id);
  return (
    <Card className='course-case' title='案例'>
      <Text className='text-body course-case__text' userSelect>
        {course.caseText}
      </Text>
      {record?.status === 'completed' ? null : (
        <Button className={classNames('primary-button', 'case-done', wait > 0 && 'is-disabled')} onClick={() => void (wait > 0 ? undefined : onReport(1))}>
          {wait > 0 ? `请阅读全文（${wait} 秒）` : '完成阅读'}
        </Button>
      )}
    </Card>
  );
}
