import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { useSession } from '@/hooks/use-session';
import { useBulletin } from '../../hooks/use-bulletin';
import { BulletinHead, FiguresCard, InterviewsCard, RankingCard, SummaryCard, UnitDetailCards, unitDetailUrl } from './bulletin-sections';
import { ExportCard, ReviewCard } from './bulletin-review';
import { BulletinChartsCard } from './bulletin-charts';
import './index.scss';

/**
 * One month's bulletin (`?id=`, the district may add `&unitId=` for a unit's detail): the
 * district reviews and publishes a draft; a unit admin reads the district part and their own unit.
 */
export default function BulletinPage() {
  const { id = '', unitId } = useRouter().params;
  const { session } = useSession();
  const district = session.status === 'ready' && session.user?.role === 'district_admin';
  const bulletin = useBulletin(id, unitId);
  usePullDownRefresh(async () => {
    await bulletin.bulletin.refresh();
    Taro.stopPullDownRefresh();
  });
  return (
    <AsyncView state={bulletin.bulletin.state} onRetry={() => void bulletin.bulletin.reload()} finalErrors={{ NOT_FOUND: '月通报不存在或尚未发布', FORBIDDEN: '无权查看该单位的通报详情', VALIDATION_FAILED: '链接有误' }}>
      {(loaded) => {
        const view = bulletin.view ?? loaded;
        return (
          <View className='page-root bulletin-page'>
            <BulletinHead view={view} />
            {district && view.status === 'draft' ? <ReviewCard bulletin={bulletin} /> : <SummaryCard view={view} />}
            {view.unitDetails.map((d) => (
              <UnitDetailCards key={d.unitId} bulletinId={view.id} detail={d} />
            ))}
            <BulletinChartsCard view={view} />
            <FiguresCard figures={view.district} title={`全区主要指标（${view.district.period.label}）`} />
            <RankingCard ranking={view.units} title='单位排名与红色预警' className='bulletin-units' openRow={district ? unitDetailUrl(view) : undefined} />
            <InterviewsCard view={view} />
            <ExportCard bulletin={bulletin} />
          </View>
        );
      }}
    </AsyncView>
  );
}
