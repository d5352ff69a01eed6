import { Text, View } from '@tarojs/components';
import type { ResearchVisitView } from '@/core/fieldwork/fieldwork.model';
import './fieldwork-items.scss';

/** One leader research visit in a line or two: who came, what about, and the promises still open. */
export function ResearchSummary({ visit }: { visit: ResearchVisitView }) {
  const overdue = visit.promises.filter((p) => p.overdue).length;
  return (
    <View className='card-row research-summary'>
      <View className='research-summary__head'>
        <Text className='research-summary__leaders'>{visit.leaders}</Text>
        <Text className='research-summary__date'>{visit.date}</Text>
      </View>
      <View className='research-summary__topics'>{visit.topics}</View>
      <View className={`research-summary__promises${overdue ? ' research-summary__promises--overdue' : ''}`}>
        {visit.promises.length === 0
          ? '无承诺事项'
          : `承诺事项 ${visit.promises.length} 项，未办结 ${visit.openPromises} 项${overdue ? `（逾期 ${overdue} 项）` : ''}`}
      </View>
    </View>
  );
}
