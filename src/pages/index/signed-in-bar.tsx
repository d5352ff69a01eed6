import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ROLE_LABELS } from '@/core/roles';
import type { SessionUser } from '@/core/session.model';
import { LOGIN_URL } from '@/utils/navigation';
import { INTEGRITY_MINE_URL } from '@/utils/training-urls';

export function SignedInBar({ user }: { user: SessionUser }) {
  const org = user.enterpriseName ?? user.unitName;
  const orgClass = user.enterpriseName ? 'enterprise-name' : 'unit-name';
  return (
    <View className='signed-in-bar'>
      <View>
        <Text className='signed-in-name'>{user.name}</Text>
        <Text className='signed-in-role'>{ROLE_LABELS[user.role] ?? user.role}</Text>
      </View>
      {org ? <View className={`signed-in-org ${orgClass}`}>{org}</View> : null}
      {/* Anyone but the district (who receives them) may report misconduct, from a quiet link. */}
      {user.role !== 'district_admin' && user.role !== 'enterprise' ? (
        <Text className='integrity-link link' onClick={() => void Taro.navigateTo({ url: INTEGRITY_MINE_URL })}>
          廉洁监督
        </Text>
      ) : null}
      {process.env.TARO_ENV === 'h5' ? (
        <Text className='switch-identity link' onClick={() => void Taro.navigateTo({ url: LOGIN_URL })}>
          切换身份
        </Text>
      ) : null}
    </View>
  );
}
