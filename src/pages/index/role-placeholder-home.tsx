import { Card } from '@/components/card';
import { ROLE_LABELS, type Role } from '@/core/roles';
import { Text } from '@tarojs/components';

/** Roles whose workspace is not built yet still get a home that says so plainly. */
export function RolePlaceholderHome({ role }: { role: Role }) {
  const label = ROLE_LABELS[role] ?? role;
  return (
    <Card className='role-placeholder' title={`${label}工作台`}>
      <Text className='card-hint'>{label}工作台正在建设中，即将开放，敬请期待。</Text>
    </Card>
  );
}
