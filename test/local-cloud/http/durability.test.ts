import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnLocalServer } from '../../support/spawn-local-server';

jest.setTimeout(60_000);

const call = async (base: string, token: string, action: string, input: unknown) => {
  const res = await fetch(`${base}/local/functions/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ action, input }),
  });
  return ((await res.json()) as { result: { ok: boolean; data: any } }).result;
};

describe('durability of the local server', () => {
  it('keeps every acknowledged write when the process is killed with SIGKILL', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'durability-'));
    const first = await spawnLocalServer(dataDir);
    const login = async (base: string) =>
      ((await (await fetch(`${base}/local/login`, { method: 'POST', body: JSON.stringify({ openid: 'ent-001' }) })).json()) as { token: string }).token;
    const token = await login(first.base);

    const acknowledged: string[] = [];
    const submit = (n: number) =>
      call(first.base, token, 'demand.submit', { category: '其他', title: `断电测试 ${n}`, description: '验证已确认的写入在进程被强制结束后不会丢失。' });
    // Sequential acknowledged writes, then a burst of concurrent ones; kill right after the last ack.
    for (let n = 0; n < 10; n++) acknowledged.push((await submit(n)).data.id);
    const burst = await Promise.all(Array.from({ length: 10 }, (_, i) => submit(100 + i)));
    acknowledged.push(...burst.map((r) => r.data.id));
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = await spawnLocalServer(dataDir);
    try {
      const again = await login(second.base);
      for (const id of acknowledged) {
        const reply = await call(second.base, again, 'demand.get', { id });
        expect({ id, ok: reply.ok }).toEqual({ id, ok: true });
      }
      expect(acknowledged).toHaveLength(20);
    } finally {
      second.child.kill('SIGKILL');
    }
  });
});
