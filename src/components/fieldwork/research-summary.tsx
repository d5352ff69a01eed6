import { Text, View } from '@tarojs/components';
import type { ResearchVisitView } from '@/core/fieldwork/fieldwork.model';
import { RecordHead } from '../record-head';
import './fieldwork-items.scss';

/** One leader research visit in a line or two: who came, what about, and the promises still open. */
export function ResearchSummary({ visit }: { visit: ResearchVisitView }) {
  const overdue = visit.promises.filter((p) => p.overdue).length;
  return (
    <View className='card-row research-summary'>
      <RecordHead title={visit.leaders} size='md' align='baseline'>
        <Text className='research-summary__date text-meta'>{visit.status === 'planned' ? `计划 ${visit.date}` : visit.date}</Text>
      </RecordHead>
      <View className='research-summary__topics'>{visit.topics}</View>
      <View className={`research-summary__promises${overdue ? ' research-summary__promises--overdue' : ''}`}>
        {visit.status === 'planned'
          ? '计划中，调研后记录'
          : visit.status === 'cancelled'
            ? '计划已取消'
            : visit.promises.length === 0
              ? '无承诺事项'
              : `承诺事项 ${visit.promises.length} 项，未办结 ${visit.openPromises} 项${overdue ? `（逾期 ${overdue} 项）` : ''}`}
      </View>
    </View>
  );
}
