import { Text, View } from '@tarojs/components';
import type { StewardLoad } from '@/core/org/org.model';
import { Chip } from '../chip';
import './steward-loads.scss';

interface StewardLoadsProps {
  stewards: StewardLoad[];
  /** Opens one steward's page (the unit's and the district's oversight). */
  onOpen?: (steward: StewardLoad) => void;
}

/** Each steward's load; above 10 enterprises is flagged (guideline art. 3). */
export function StewardLoads({ stewards, onOpen }: StewardLoadsProps) {
  if (stewards.length === 0) return <Text className='card-hint'>本单位还没有管家</Text>;
  return (
    <View className='steward-loads'>
      {stewards.map((s) => (
        <View key={s.id} className={`card-row steward-load${s.overloaded ? ' steward-load--over' : ''}`} onClick={onOpen ? () => onOpen(s) : undefined}>
          <View className='steward-load__head'>
            <Text className='steward-load__name'>{s.name}</Text>
            {s.status === 'disabled' ? (
              <Chip tone='muted' className='steward-load__flag'>
                已停用
              </Chip>
            ) : null}
            {s.status === 'active' && !s.bound ? (
              <Chip tone='waiting' className='steward-load__flag unbound-flag'>
                待绑定，不计入平均
              </Chip>
            ) : null}
            {s.overloaded ? (
              <Chip tone='danger' className='steward-load__flag overloaded-flag'>
                超过10家
              </Chip>
            ) : null}
            <Text className='steward-load__count text-title'>{`${s.enterprises} 家`}</Text>
            {onOpen ? <Text className='steward-load__go'>›</Text> : null}
          </View>
          <View className='steward-load__meta text-meta'>
            <Text>{s.liaisonNames.length ? `联络员：${s.liaisonNames.join('、')}` : '暂无联络员'}</Text>
            {s.openHandoverTasks || s.overdueHandoverTasks ? (
              <Text className={s.overdueHandoverTasks ? 'steward-load__late' : ''}>
                {`交接待联系 ${s.openHandoverTasks + s.overdueHandoverTasks}${s.overdueHandoverTasks ? `（逾期 ${s.overdueHandoverTasks}）` : ''}`}
              </Text>
            ) : null}
          </View>
        </View>
      ))}
    </View>
  );
}
