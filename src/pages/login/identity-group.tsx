import { Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { ROLE_LABELS, type Role } from '@/core/roles';
import type { LocalIdentity } from '@/services/local-session';

interface IdentityGroupProps {
  role: Role;
  identities: LocalIdentity[];
  pendingOpenid: string;
  onPick: (identity: LocalIdentity) => void;
}

export function IdentityGroup({ role, identities, pendingOpenid, onPick }: IdentityGroupProps) {
  return (
    <Card className={`identity-group identity-group--${role}`} title={`${ROLE_LABELS[role]}（${identities.length}）`}>
      {identities.map((identity) => (
        <View key={identity.openid} className='identity-item' onClick={() => onPick(identity)}>
          <Text className='identity-name'>{identity.name}</Text>
          {identity.detail ? <Text className='identity-detail text-meta'>{identity.detail}</Text> : null}
          {pendingOpenid === identity.openid ? <Text className='identity-pending'>登录中…</Text> : null}
        </View>
      ))}
    </Card>
  );
}
