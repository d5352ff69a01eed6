import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { StewardLoad } from '@/core/org/org.model';
import type { useStewardList } from '@/hooks/use-steward-list';
import { Chip } from '../chip';
import { PagedList } from '../paged-list';
import { SearchBar } from '../search-bar';
import './steward-loads.scss';

/** One steward's load; above 10 enterprises is flagged (guideline art. 3). */
export function StewardLoadRow({ steward: s, onOpen }: { steward: StewardLoad; onOpen?: (steward: StewardLoad) => void }) {
  return (
    <View className={`card-row steward-load${s.overloaded ? ' steward-load--over' : ''}`} onClick={onOpen ? () => onOpen(s) : undefined}>
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
  );
}

interface StewardRosterProps {
  list: ReturnType<typeof useStewardList>;
  onOpen?: (steward: StewardLoad) => void;
  /** Above the rows, under the search (e.g. a hint on what tapping does). */
  header?: ReactNode;
}

/** A unit's stewards with their loads, by name, searched and paged (a unit may have hundreds). */
export function StewardRoster({ list, onOpen, header }: StewardRosterProps) {
  return (
    <View className='steward-roster'>
      <SearchBar placeholder='输入管家姓名查找' inputClassName='steward-search-input' onSearch={list.search} />
      {list.total !== null ? <View className='steward-roster__total text-note'>{list.keyword ? `姓名含“${list.keyword}”的管家 ${list.total} 名` : `共 ${list.total} 名管家`}</View> : null}
      {header}
      <PagedList
        className='steward-loads card'
        list={list}
        emptyTitle={list.keyword ? `没有姓名含“${list.keyword}”的管家` : '本单位还没有管家'}
        emptyHint={list.keyword ? '换个字再找，或清除搜索' : '管家账号由区科经委创建。'}
        renderItem={(s) => <StewardLoadRow key={s.id} steward={s} onOpen={onOpen} />}
      />
    </View>
  );
}
