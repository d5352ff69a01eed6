import { useRef } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Chip } from '@/components/chip';
import { PagedList } from '@/components/paged-list';
import type { AccountView, StewardLoad } from '@/core/org/org.model';
import { usePagedList } from '@/hooks/use-paged-list';
import { useSession } from '@/hooks/use-session';
import { toCloudError } from '@/services/cloud-error';
import { attachLiaison, listLiaisons } from '../../services/unit.service';
import { StewardPicker } from '@/components/org/steward-picker';
import '../../components/unit.scss';
import './index.scss';

/** The unit's liaisons and the steward each one helps; attach a liaison to a steward. */
export default function LiaisonsPage() {
  const { session } = useSession();
  const unitId = session.status === 'ready' ? session.user?.unitId : undefined;
  const list = usePagedList({
    fetchPage: (page, pageSize) => listLiaisons({ unitId, page, pageSize }),
    keyOf: (a) => a.id,
    resetKey: unitId,
  });
  const busy = useRef(false);
  usePullDownRefresh(async () => {
    await list.refresh();
    Taro.stopPullDownRefresh();
  });
  useReachBottom(() => void list.loadMore());

  async function attach(liaison: AccountView, steward: StewardLoad) {
    if (busy.current || liaison.stewardId === steward.id) return;
    busy.current = true;
    try {
      await attachLiaison({ liaisonId: liaison.id, stewardId: steward.id });
      void Taro.showToast({ title: `已指派给${steward.name}`, icon: 'none' });
      await list.refresh();
    } catch (err) {
      void Taro.showModal({ title: '未能指派', content: toCloudError(err).message, showCancel: false, confirmText: '知道了' });
    } finally {
      busy.current = false;
    }
  }

  return (
    <View className='page-root liaisons-page'>
      <View className='unit-hint text-hint'>联络员协助一位管家，可查看该管家的企业并记录联系，不能审核诉求。</View>
      <PagedList
        list={list}
        emptyTitle='本单位暂无联络员'
        emptyHint='联络员账号由区科经委创建。'
        renderItem={(liaison) => (
          <View key={liaison.id} className='list-item liaison-item'>
            <View className='liaison-item__body'>
              <Text className='liaison-item__name text-title'>{liaison.name}</Text>
              {liaison.phone ? <Text className='liaison-item__phone text-meta'>{liaison.phone}</Text> : null}
              {liaison.bound ? null : (
                <Chip tone='waiting' className='liaison-item__unbound'>
                  未绑定微信
                </Chip>
              )}
              <View className={`liaison-item__steward text-note${liaison.stewardId ? '' : ' liaison-item__steward--none'}`}>
                {liaison.stewardId ? `协助管家：${liaison.stewardName ?? '其他单位管家'}` : '尚未指派管家'}
              </View>
            </View>
            <StewardPicker title={`${liaison.name}协助的管家`} value={liaison.stewardId} excludeId={liaison.stewardId} onPick={(s) => void attach(liaison, s)}>
              <View className='small-action attach-button'>{liaison.stewardId ? '更换管家' : '指派管家'}</View>
            </StewardPicker>
          </View>
        )}
      />
    </View>
  );
}
