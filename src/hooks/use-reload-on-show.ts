import { useRef } from 'react';
import { useDidShow } from '@tarojs/taro';

/** Runs `reload` each time the page shows again (coming back to it), not on its first show. */
export function useReloadOnShow(reload: () => unknown) {
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });
}
