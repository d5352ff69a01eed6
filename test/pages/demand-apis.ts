/**
 * Device APIs the demand screens use that the shared Taro double does not provide, added to the
 * same default export the pages import, as jest mocks a test can script.
 */
import Taro from '@tarojs/taro';

export const demandDevice = {
  previewImage: jest.fn(async (_options: { urls: string[]; current: string }) => ({ errMsg: 'previewImage:ok' })),
};

Object.assign(Taro as object, demandDevice);

/** A file of the given size without allocating it. */
export function fakeFile(name: string, size: number, type: string): File {
  const file = new File(['x'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}
