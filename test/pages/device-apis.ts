/**
 * Device APIs the organisation screens use that the shared Taro double does not provide. They
 * are added to the same default export the pages import, as jest mocks a test can script.
 */
import Taro from '@tarojs/taro';

type Location = { latitude: number; longitude: number };

export const device = {
  getLocation: jest.fn(async (_options: { type?: string }): Promise<Location> => ({ latitude: 31.2397, longitude: 121.4998 })),
  makePhoneCall: jest.fn(async (_options: { phoneNumber: string }) => ({ errMsg: 'makePhoneCall:ok' })),
  setClipboardData: jest.fn(async (_options: { data: string }) => ({ errMsg: 'setClipboardData:ok' })),
};

Object.assign(Taro as object, device);
