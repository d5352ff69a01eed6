/**
 * A stand-in for @tarojs/taro in jsdom page tests. It keeps storage in memory, records
 * navigation and toasts, and lets a test fire page events (pull-down, reach-bottom) and set
 * the route params. `taroDouble.reset()` runs after each test (setup-pages.ts).
 */
import { useEffect, useRef } from 'react';

type Handler = () => unknown;

interface Navigation {
  kind: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab' | 'navigateBack';
  url?: string;
}

const storage = new Map<string, unknown>();
const pageHandlers = { pullDownRefresh: new Set<{ current: Handler }>(), reachBottom: new Set<{ current: Handler }>() };

export const taroDouble = {
  navigations: [] as Navigation[],
  toasts: [] as { title: string; icon?: string }[],
  routerParams: {} as Record<string, string>,
  /** How many pages are on the stack, for navigateBack decisions. */
  pageStackDepth: 1,
  storage,
  /** Runs the page's usePullDownRefresh handlers and waits for them. */
  async pullDownRefresh() {
    await Promise.all([...pageHandlers.pullDownRefresh].map((ref) => ref.current()));
  },
  async reachBottom() {
    await Promise.all([...pageHandlers.reachBottom].map((ref) => ref.current()));
  },
  lastNavigation(): Navigation | undefined {
    return this.navigations[this.navigations.length - 1];
  },
  reset() {
    this.navigations.length = 0;
    this.toasts.length = 0;
    this.routerParams = {};
    this.pageStackDepth = 1;
    storage.clear();
    pageHandlers.pullDownRefresh.clear();
    pageHandlers.reachBottom.clear();
    jest.clearAllMocks();
  },
};

const navigate = (kind: Navigation['kind']) =>
  jest.fn(async (options: { url?: string } = {}) => {
    taroDouble.navigations.push({ kind, url: options.url });
    return { errMsg: `${kind}:ok` };
  });

// Keeps the latest handler in a ref so a re-render does not register it twice.
function usePageEvent(set: Set<{ current: Handler }>, handler: Handler) {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    set.add(ref);
    return () => {
      set.delete(ref);
    };
  }, [set]);
}

function useOnMount(handler: (params: Record<string, string>) => unknown) {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    ref.current(taroDouble.routerParams);
  }, []);
}

export const useLoad = useOnMount;
export const useDidShow = useOnMount;
export const useReady = useOnMount;
export const useDidHide = (_handler: Handler) => undefined;
export const useUnload = (_handler: Handler) => undefined;
export const usePullDownRefresh = (handler: Handler) => usePageEvent(pageHandlers.pullDownRefresh, handler);
export const useReachBottom = (handler: Handler) => usePageEvent(pageHandlers.reachBottom, handler);
export const useRouter = () => ({ params: taroDouble.routerParams, path: '' });

export const navigateTo = navigate('navigateTo');
export const redirectTo = navigate('redirectTo');
export const reLaunch = navigate('reLaunch');
export const switchTab = navigate('switchTab');
export const navigateBack = jest.fn(async () => {
  taroDouble.navigations.push({ kind: 'navigateBack' });
  return { errMsg: 'navigateBack:ok' };
});
export const getCurrentPages = jest.fn(() => Array.from({ length: taroDouble.pageStackDepth }, () => ({})));

export const showToast = jest.fn(async (options: { title: string; icon?: string }) => {
  taroDouble.toasts.push({ title: options.title, icon: options.icon });
  return { errMsg: 'showToast:ok' };
});
export const hideToast = jest.fn();
export const showLoading = jest.fn();
export const hideLoading = jest.fn();
export const showModal = jest.fn(async () => ({ confirm: true, cancel: false }));
export const stopPullDownRefresh = jest.fn();
export const previewImage = jest.fn(async (_options: { current: string; urls: string[] }) => ({ errMsg: 'previewImage:ok' }));

// Stored values are copied, as the real storage serialises them.
const copy = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
export const getStorageSync = jest.fn((key: string) => (storage.has(key) ? copy(storage.get(key)) : ''));
export const setStorageSync = jest.fn((key: string, value: unknown) => {
  storage.set(key, copy(value));
});
export const removeStorageSync = jest.fn((key: string) => {
  storage.delete(key);
});

/** The network: page tests mock src/services/cloud.ts instead, so reaching these is a bug. */
export const request = jest.fn(async () => {
  throw new Error('Taro.request called in a page test; mock src/services/cloud.ts instead');
});
export const cloud = {
  init: jest.fn(),
  callFunction: jest.fn(async () => {
    throw new Error('Taro.cloud.callFunction called in a page test; mock src/services/cloud.ts instead');
  }),
};

const Taro = {
  navigateTo,
  redirectTo,
  reLaunch,
  switchTab,
  navigateBack,
  getCurrentPages,
  showToast,
  hideToast,
  showLoading,
  hideLoading,
  showModal,
  stopPullDownRefresh,
  previewImage,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  request,
  cloud,
  useLoad,
  useDidShow,
  useDidHide,
  useReady,
  useUnload,
  usePullDownRefresh,
  useReachBottom,
  useRouter,
};

export default Taro;
