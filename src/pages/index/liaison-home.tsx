import { Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { CadenceCard } from '@/components/fieldwork/cadence-card';
import { FieldworkEntries } from '@/components/fieldwork/fieldwork-entries';
import type { SessionUser } from '@/core/session.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { listEnterprises } from '@/services/enterprise.service';
import { MyEnterprisesCard } from './my-enterprises-card';
import './role-homes.scss';

const COUNT_PAGE_SIZE = 50;

/** A liaison helps one steward: whose enterprises these are, the list, and recording contacts. */
export function LiaisonHome({ user }: { user: SessionUser }) {
  const enterprises = useAsyncData(() => listEnterprises({ page: 1, pageSize: COUNT_PAGE_SIZE }), user.id);
  useReloadOnShow(() => void enterprises.reload());
  const listed = enterprises.state.status === 'ready' ? enterprises.state.data.items[0]?.stewardName : undefined;
  const stewardName = user.stewardName ?? listed;

  return (
    <View className='liaison-home'>
      <Card className='liaison-steward' title='协助的服务管家'>
        {stewardName ? (
          <Text className='liaison-steward__name steward-name'>{stewardName}</Text>
        ) : (
          <Text className='card-hint'>
            {enterprises.state.status === 'loading' ? '加载中…' : '尚未指派服务管家，请联系本单位总管家'}
          </Text>
        )}
        <View className='card-hint liaison-steward__hint'>您可查看该管家服务的企业，并记录与企业的联系。</View>
      </Card>
      <CadenceCard canRecord />
      <MyEnterprisesCard title='管家服务的企业' state={enterprises.state} onRetry={() => void enterprises.reload()} />
      <FieldworkEntries role='liaison' />
    </View>
  );
}
