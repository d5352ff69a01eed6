/**
 * A person at the local unified identity provider, without a browser: follows its redirects
 * with a cookie jar, signs in on its page, and answers the query it sends back to the console.
 */
export const signInAtProvider = async (authorizationUrl: string, username: string, password: string, redirectUri: string): Promise<string> => {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair.split('=');
      jar.set(name.trim(), value.join('='));
    }
  };
  let url = authorizationUrl;
  let init: RequestInit = {};
  for (let hop = 0; hop < 12; hop++) {
    const at = new URL(url);
    if (at.origin + at.pathname === redirectUri) return at.search.slice(1);
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as object), cookie: cookieHeader() } });
    remember(res);
    init = {};
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location')!, url).href;
      continue;
    }
    const page = await res.text();
    const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1];
    if (!action) throw new Error(`the provider answered ${res.status} without a sign-in form:\n${page.slice(0, 500)}`);
    url = new URL(action.replace(/&#(\d+);/g, (_m, c) => String.fromCharCode(Number(c))), url).href;
    init = { method: 'POST', body: new URLSearchParams({ username, password }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } };
  }
  throw new Error('too many redirects at the provider');
};
