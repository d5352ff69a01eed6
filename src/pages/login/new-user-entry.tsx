import { Button, View } from '@tarojs/components';
import { Card } from '@/components/card';

interface NewUserEntryProps {
  pending: boolean;
  onEnter: () => void;
}

/** A WeChat user nobody has bound yet, to try binding with a code the district handed out. */
export function NewUserEntry({ pending, onEnter }: NewUserEntryProps) {
  return (
    <Card className='new-user-entry' title='新微信用户'>
      <View className='new-user-entry__hint'>模拟一个尚未绑定任何账号的微信用户，用于体验输入绑定码完成绑定。</View>
      <Button className={`plain-button new-user-button${pending ? ' is-disabled' : ''}`} disabled={pending || undefined} onClick={onEnter}>
        {pending ? '进入中…' : '以新微信用户身份进入'}
      </Button>
    </Card>
  );
}

/** A fresh openid each time, in the local server's accepted form (letters, digits, _ and -). */
export const newLocalOpenid = () => `local-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
