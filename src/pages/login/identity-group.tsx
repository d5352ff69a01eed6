import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { ROLE_LABELS, type Role } from '@/core/roles';
import type { LocalIdentity } from '@/services/local-session';

// The demo data has hundreds of enterprise contacts; a short list keeps the other roles in view.
const COLLAPSED_COUNT = 6;

interface IdentityGroupProps {
  role: Role;
  identities: LocalIdentity[];
  pendingOpenid: string;
  onPick: (identity: LocalIdentity) => void;
}

export function IdentityGroup({ role, identities, pendingOpenid, onPick }: IdentityGroupProps) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? identities : identities.slice(0, COLLAPSED_COUNT);
  return (
    <Card className={`identity-group identity-group--${role}`} title={ROLE_LABELS[role]}>
      {shown.map((identity) => (
        <View key={identity.openid} className='identity-item' onClick={() => onPick(identity)}>
          <Text className='identity-name'>{identity.name}</Text>
          {identity.detail ? <Text className='identity-detail'>{identity.detail}</Text> : null}
          {pendingOpenid === identity.openid ? <Text className='identity-pending'>登录中…</Text> : null}
        </View>
      ))}
      {identities.length > COLLAPSED_COUNT ? (
        <View className='identity-group-toggle link' onClick={() => setExpanded(!expanded)}>
          {expanded ? '收起' : `展开全部（共 ${identities.length} 个）`}
        </View>
      ) : null}
    </Card>
  );
}
