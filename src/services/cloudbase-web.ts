import cloudbase from '@cloudbase/js-sdk';

/**
 * The desk console on CloudBase itself (an H5 build with a real TARO_APP_CLOUD_ENV), through
 * @cloudbase/js-sdk. Loaded only by such builds (cloud.ts imports it lazily behind a build-time
 * condition), so neither the mini-program nor the local H5 app carries the SDK.
 *
 * The `login` function is called from an anonymous session (匿名登录 enabled in the console);
 * the `api` function refuses anonymous callers. After sign-in the session is a custom-login one.
 */
let app: ReturnType<typeof cloudbase.init> | undefined;
const appOf = () => (app ??= cloudbase.init({ env: process.env.TARO_APP_CLOUD_ENV as string }));
const auth = () => appOf().auth({ persistence: 'local' });

export async function callWebFunction(name: string, data: object): Promise<unknown> {
  const session = auth();
  if (!(await session.hasLoginState())) await session.signInAnonymously();
  return (await appOf().callFunction({ name, data })).result;
}

/** Sign in with the custom-login ticket the login function issued. */
export async function signInWithTicket(ticket: string): Promise<void> {
  await auth().signInWithCustomTicket(() => Promise.resolve(ticket));
}

export async function signOutWeb(): Promise<void> {
  await auth().signOut();
}
