import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { CheckInInput } from '@/core/contracts/contact.contracts';

type CheckInState =
  | { status: 'none' }
  | { status: 'locating' }
  | { status: 'done'; checkIn: CheckInInput }
  | { status: 'failed'; message: string };

export const LOCATION_DENIED_MESSAGE = '无法获取当前位置：请在设置中允许使用位置信息后重试，上门走访需要现场打卡';

// WeChat gives GCJ-02 (what its maps use); the browser's geolocation only knows WGS-84.
const COORDINATES = process.env.TARO_ENV === 'h5' ? 'wgs84' : 'gcj02';

/** The on-site check-in of a visit: time and place from the device, at the moment of tapping. */
export function useCheckIn() {
  const [state, setState] = useState<CheckInState>({ status: 'none' });

  async function checkIn() {
    if (state.status === 'locating') return;
    setState({ status: 'locating' });
    try {
      const { latitude, longitude } = await Taro.getLocation({ type: COORDINATES });
      setState({ status: 'done', checkIn: { at: new Date().toISOString(), latitude, longitude, photoFileIds: [] } });
    } catch {
      setState({ status: 'failed', message: LOCATION_DENIED_MESSAGE });
    }
  }

  return { state, checkIn, reset: () => setState({ status: 'none' }) };
}
