/**
 * The mini-program's stand-in for cloudbase-web.ts (Taro picks `*.weapp.ts` for the weapp build):
 * the mini-program calls the cloud through wx.cloud, so @cloudbase/js-sdk never enters its bundle.
 */
const notInMiniProgram = () => Promise.reject(new Error('@cloudbase/js-sdk is for the desk console (H5) only'));

export const callWebFunction = (_name: string, _data: object): Promise<unknown> => notInMiniProgram();
export const signInWithTicket = (_ticket: string): Promise<void> => notInMiniProgram();
export const signOutWeb = (): Promise<void> => notInMiniProgram();
