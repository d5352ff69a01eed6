import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Chip } from '@/components/chip';
import { PagedList } from '@/components/paged-list';
import { RecordHead } from '@/components/record-head';
import { BULLETIN_STATUS_LABELS, type BulletinSummaryView } from '@/core/bulletin/bulletin.model';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { useSession } from '@/hooks/use-session';
import { formatDateTime } from '@/utils/format-time';
import { bulletinUrl } from '@/utils/bulletin-urls';
import { listBulletins } from '../../services/bulletin.service';
import './index.scss';

function BulletinRow({ bulletin }: { bulletin: BulletinSummaryView }) {
  const flags = bulletin.flaggedUnits ? `${bulletin.flaggedUnits} 个单位有红色预警${bulletin.seriousUnits ? `（严重 ${bulletin.seriousUnits} 个）` : ''}` : '无红色预警';
  return (
    <View className='list-item bulletin-row' onClick={() => void Taro.navigateTo({ url: bulletinUrl(bulletin.id) })}>
      <RecordHead title={bulletin.title} size='md'>
        <Chip tone={bulletin.status === 'published' ? 'ok' : 'waiting'}>{BULLETIN_STATUS_LABELS[bulletin.status]}</Chip>
      </RecordHead>
      <View className='list-item__meta'>
        {bulletin.publishedAt ? `${formatDateTime(bulletin.publishedAt)} 发布` : `${formatDateTime(bulletin.generatedAt)} 生成，待审核发布`} · {flags}
      </View>
    </View>
  );
}

/** Every month's bulletin, newest first: the district's drafts and published ones; a unit's published ones. */
export default function BulletinListPage() {
  const { session } = useSession();
  const district = session.status === 'ready' && session.user?.role === 'district_admin';
  const list = usePagedList({ fetchPage: (page, pageSize) => listBulletins({ page, pageSize }), keyOf: (b) => b.id, resetKey: 'all' });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: () => void list.refresh() });
  return (
    <View className='page-root bulletin-list-page'>
      <View className='page-note'>
        {district ? '每月第一个工作日按平台数据自动生成上月通报，审核（修改摘要、填写意见）后发布至各单位。' : '区科经委发布的月通报：全区情况、单位排名和本单位详情。'}
      </View>
      <PagedList list={list} emptyTitle='暂无月通报' emptyHint='每月第一个工作日生成上月通报' renderItem={(b) => <BulletinRow key={b.id} bulletin={b} />} />
    </View>
  );
}
