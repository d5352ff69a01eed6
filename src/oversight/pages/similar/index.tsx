import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Chip } from '@/components/chip';
import { PagedList } from '@/components/paged-list';
import { RecordHead } from '@/components/record-head';
import type { SimilarGroupView } from '@/core/figures/figures.model';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { formatDateTime } from '@/utils/format-time';
import { listSimilarGroups } from '../../services/figures.service';
import { GroupDetail } from './group-detail';
import './index.scss';

function GroupItem({ group, onOpen }: { group: SimilarGroupView; onOpen: () => void }) {
  return (
    <View className='card similar-group' onClick={onOpen}>
      <RecordHead title={group.terms.join('、') || '同类事项'}>
        <Chip tone={group.reply ? 'ok' : 'waiting'}>{group.reply ? `已答复 ${group.reply.count} 件` : '待答复'}</Chip>
      </RecordHead>
      <View className='text-meta'>{`${group.size} 家企业在问 · 更新于 ${formatDateTime(group.updatedAt)}`}</View>
      {group.demands.slice(0, 3).map((d) => (
        <Text key={d.id} className='similar-group__title text-note'>{`${d.enterpriseName}：${d.title}`}</Text>
      ))}
    </View>
  );
}

/** 同类诉求: open demands from several enterprises asking about the same thing, answered once per group. */
export default function SimilarDemandsPage() {
  const [openId, setOpenId] = useState<string | null>(null);
  const list = usePagedList({ fetchPage: (page, pageSize) => listSimilarGroups({ page, pageSize }), keyOf: (g) => g.id });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore });
  const open = openId ? list.items.find((g) => g.id === openId) : undefined;
  if (open) return <GroupDetail group={open} onClose={() => setOpenId(null)} onReplied={() => void list.refresh()} />;
  return (
    <View className='page-root similar-page'>
      <View className='similar-page__intro text-note'>多家企业就同一事项提出的在办诉求，按文字相似度自动归组；可在政策层面统一答复一组。</View>
      <PagedList list={list} className='similar-groups' emptyTitle='暂无同类诉求' emptyHint='多家企业提出相近的诉求时，会在这里归为一组' renderItem={(g) => <GroupItem key={g.id} group={g} onOpen={() => setOpenId(g.id)} />} />
    </View>
  );
}
