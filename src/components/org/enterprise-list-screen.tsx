import { type ReactNode, useState } from 'react';
import { View } from '@tarojs/components';
import type { EnterpriseView } from '@/core/org/org.model';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { listEnterprises } from '@/services/enterprise.service';
import { PagedList } from '../paged-list';
import { SearchBar } from '../search-bar';
import { EnterpriseItem } from './enterprise-item';

interface EnterpriseListScreenProps {
  /** Narrows the role-scoped list further, e.g. to one steward. */
  stewardId?: string;
  showSteward?: boolean;
  emptyHint: string;
  onOpen: (enterprise: EnterpriseView) => void;
  actionFor?: (enterprise: EnterpriseView) => ReactNode;
  /** Changing it reloads the list from page 1, e.g. after an assignment. */
  version?: number;
  header?: ReactNode;
}

/** Search, paged enterprises and their states; the server limits the list to the caller's scope. */
export function EnterpriseListScreen({ stewardId, showSteward, emptyHint, onOpen, actionFor, version = 0, header }: EnterpriseListScreenProps) {
  const [keyword, setKeyword] = useState('');
  const list = usePagedList({
    fetchPage: (page, pageSize) => listEnterprises({ keyword: keyword || undefined, stewardId, page, pageSize }),
    keyOf: (e) => e.id,
    resetKey: `${keyword}|${stewardId ?? ''}|${version}`,
    pageSize: 20,
  });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore });

  return (
    <View className='page-root enterprise-list-screen'>
      <SearchBar placeholder='搜索企业名称' onSearch={setKeyword} />
      {header}
      <PagedList
        list={list}
        className='enterprise-list'
        emptyTitle={keyword ? `没有找到“${keyword}”` : '暂无企业'}
        emptyHint={keyword ? '换个关键词试试' : emptyHint}
        renderItem={(enterprise) => (
          <EnterpriseItem key={enterprise.id} enterprise={enterprise} showSteward={showSteward} onClick={() => onOpen(enterprise)} action={actionFor?.(enterprise)} />
        )}
      />
    </View>
  );
}
