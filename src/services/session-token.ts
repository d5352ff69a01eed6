import Taro from '@tarojs/taro';

// Only the H5 local demo server issues tokens; on weapp WeChat itself identifies the caller.
const TOKEN_KEY = 'local-session-token';

export function readSessionToken(): string {
  const token: unknown = Taro.getStorageSync(TOKEN_KEY);
  return typeof token === 'string' ? token : '';
}

export function saveSessionToken(token: string): void {
  Taro.setStorageSync(TOKEN_KEY, token);
}

export function clearSessionToken(): void {
  Taro.removeStorageSync(TOKEN_KEY);
}
