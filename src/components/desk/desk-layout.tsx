import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ROLE_LABELS } from '@/core/roles';
import { useDeskWidth } from '@/hooks/use-desk-width';
import { useSessionIfAny } from '@/hooks/use-session';
import { classNames } from '@/utils/class-names';
import { DESK_NAV } from '@/utils/desk-nav';
import './desk.scss';

interface DeskLayoutProps {
  /** The side navigation's entry for this screen. */
  active: string;
  children: ReactNode;
}

/**
 * A screen of the desk console (专窗平台): on a wide browser, the role's side navigation beside
 * the screen; on a phone and in the mini-program, the screen alone, as it always was.
 */
export function DeskLayout({ active, children }: DeskLayoutProps) {
  const wide = useDeskWidth();
  const session = useSessionIfAny();
  const user = session?.session.status === 'ready' ? session.session.user : null;
  if (!wide || !user || !session) return <>{children}</>;
  return (
    <View className='desk-layout'>
      <View className='desk-nav'>
        <View className='desk-nav__brand'>浦东服务包 · 专窗平台</View>
        {DESK_NAV[user.role].map((entry) => (
          <View
            key={entry.key}
            className={classNames('desk-nav__entry', `desk-nav__entry--${entry.key}`, entry.key === active && 'is-active')}
            onClick={() => void Taro.reLaunch({ url: entry.url })}
          >
            {entry.label}
          </View>
        ))}
        <View className='desk-nav__user'>
          <Text className='desk-nav__name'>{user.name}</Text>
          <Text className='desk-nav__role'>{ROLE_LABELS[user.role]}</Text>
          <Text className='desk-nav__sign-out link' onClick={session.signOut}>
            退出登录
          </Text>
        </View>
      </View>
      <View className='desk-main'>{children}</View>
    </View>
  );
}
