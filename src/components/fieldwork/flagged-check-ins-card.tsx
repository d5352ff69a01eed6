import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { AsyncCard } from '@/components/async-card';
import { CHECK_IN_MAX_DISTANCE_METERS, distanceLabel } from '@/core/contact/geo';
import { useAsyncData } from '@/hooks/use-async-data';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { listContacts } from '@/services/contact.service';
import { formatDateTime } from '@/utils/format-time';
import { enterpriseProfileUrl } from '@/utils/org-urls';
import './fieldwork-items.scss';

const SHOWN = 5;

/**
 * On a unit admin's home: the latest on-site check-ins made farther than the limit from the
 * enterprise. The visit may be real (another site, a meeting elsewhere); the unit looks, and the
 * weekly spot check draws these first.
 */
export function FlaggedCheckInsCard() {
  const { state, reload } = useAsyncData(() => listContacts({ checkInFlag: 'far', page: 1, pageSize: SHOWN }), 'flagged-check-ins');
  useReloadOnShow(reload);
  return (
    <AsyncCard
      className='flagged-check-ins'
      title={`打卡异常（距企业超过 ${CHECK_IN_MAX_DISTANCE_METERS / 1000} 公里）`}
      state={state}
      onRetry={() => void reload()}
      isEmpty={(page) => page.items.length === 0}
      emptyText='近期没有异常打卡'
    >
      {(page) =>
        page.items.map((c) => (
          <View key={c.id} className='oversight-row flagged-check-in' onClick={() => void Taro.navigateTo({ url: enterpriseProfileUrl(c.enterpriseId) })}>
            <View>
              <View className='flagged-check-in__name'>{c.enterpriseName}</View>
              <Text className='text-meta'>{`${c.recordedByName} · ${formatDateTime(c.checkIn?.at ?? c.at)}`}</Text>
            </View>
            <Text className='oversight-row__value oversight-row__value--alert'>{`距 ${distanceLabel(Math.round(c.checkIn?.distanceMeters ?? 0))} ›`}</Text>
          </View>
        ))
      }
    </AsyncCard>
  );
}
