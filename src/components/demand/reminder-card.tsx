import { Button, Text, View } from '@tarojs/components';
import { TEMPLATE_PURPOSE } from '@/core/notify/templates';
import type { Role } from '@/core/roles';
import { useReminders } from '@/hooks/use-reminders';
import { AsyncView } from '../async-view';
import { Card } from '../card';
import './reminder-card.scss';

const LOCAL_OUTBOX_URL = '/local/outbox';

/**
 * “开启提醒” on a role home: how many WeChat reminders are left per kind, and a button that asks
 * for one more of each (WeChat grants one message per “允许”). The local demo links its outbox.
 */
export function ReminderCard({ role }: { role: Role }) {
  const { keys, state, credits, asking, enable, reload } = useReminders(role);
  const isEnterprise = role === 'enterprise';
  return (
    <Card className='reminder-card' title={isEnterprise ? '诉求进度与服务通知' : '微信提醒'}>
      <AsyncView inline state={state} onRetry={() => void reload()}>
        {() =>
          keys.map((key) => {
            const left = credits.find((c) => c.key === key)?.credits ?? 0;
            return (
              <View key={key} className={`reminder-card__line reminder-credit reminder-credit--${key}`}>
                <Text>{TEMPLATE_PURPOSE[key]}</Text>
                <Text className={left > 0 ? 'reminder-credit__left' : 'reminder-credit__none'}>{left > 0 ? `剩余 ${left} 次` : '未开启'}</Text>
              </View>
            );
          })
        }
      </AsyncView>
      <View className='reminder-card__hint'>微信每次“允许”只能收到一条提醒，可多次开启累积。</View>
      <Button className={`plain-button reminder-card__button enable-reminders${asking ? ' is-busy' : ''}`} onClick={() => void enable()}>
        {asking ? '请在弹窗中选择“允许”…' : isEnterprise ? '开启微信通知' : '开启提醒'}
      </Button>
      {process.env.TARO_ENV === 'h5' ? (
        <Text className='reminder-card__outbox link local-outbox-link' onClick={() => window.open(LOCAL_OUTBOX_URL, '_blank')}>
          查看本地订阅消息发件箱
        </Text>
      ) : null}
    </Card>
  );
}
