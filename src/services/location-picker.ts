import Taro from '@tarojs/taro';

export interface PickedPlace {
  latitude: number;
  longitude: number;
  /** The place's address as the map gives it; empty when it gives none. */
  address: string;
}

/**
 * Picking a point on WeChat's map is a weapp feature (GCJ-02, the datum check-ins use). Taro's H5
 * version needs a Tencent map key and the network, so the H5 build offers typed 纬度/经度 only.
 */
export const canPickOnMap = process.env.TARO_ENV === 'weapp';

/** The point the person chose, or null when they backed out (or the map cannot open). */
export async function pickPlace(near?: { latitude: number; longitude: number }): Promise<PickedPlace | null> {
  if (!canPickOnMap) return null;
  try {
    const picked = await Taro.chooseLocation(near ?? {});
    return { latitude: Number(picked.latitude), longitude: Number(picked.longitude), address: [picked.address, picked.name].filter(Boolean).join(' ') };
  } catch {
    return null;
  }
}
