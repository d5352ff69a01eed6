import Taro from '@tarojs/taro';

export const HOME_URL = '/pages/index/index';
export const LOGIN_URL = '/pages/login/index';
/** The desk console's sign-in through the unified identity provider (H5). */
export const DESK_LOGIN_URL = '/pages/desk-login/index';
export const MESSAGES_URL = '/pages/messages/index';

export const demandDetailUrl = (id: string) => `/pages/demand-detail/index?id=${encodeURIComponent(id)}`;

/** Back if there is somewhere to go back to; a page opened from a share link goes home instead. */
export function goBackOrHome(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.reLaunch({ url: HOME_URL });
}
