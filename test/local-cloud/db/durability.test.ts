/**
 * Durability: every write acknowledged to the caller survives a SIGKILL of the process, and a
 * reopened folder keeps data and indexes.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DB_FILE, installSdkBridge, openLocalDatabase, type LocalDatabase } from '../../../local-cloud/db';

const ROOT = path.resolve(__dirname, '../../..');
const WRITER = path.join(__dirname, 'fixtures', 'durable-writer.ts');
const ACKS_BEFORE_KILL = 150;

let local: LocalDatabase | undefined;
installSdkBridge(() => local!);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cloud = require('wx-server-sdk');
cloud.init({ env: 'local' });
const db = cloud.database();

const tmpDirs: string[] = [];
const tmpDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'local-cloud-db-'));
  tmpDirs.push(d);
  return d;
};
afterEach(() => {
  local?.close();
  local = undefined;
});
afterAll(() => tmpDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

interface KilledRun {
  added: Map<number, string>;
  lastInc: number;
  signal: NodeJS.Signals | null;
}

/** Run the writer, SIGKILL it as soon as it has acknowledged ACKS_BEFORE_KILL adds. */
function runAndKill(dir: string, mode = 'serial'): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, mode], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const added = new Map<number, string>();
    let lastInc = 0;
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const [kind, a, b] = line.split(' ');
        if (kind === 'add') added.set(Number(a), b);
        if (kind === 'inc') lastInc = Number(a);
      }
      if (added.size >= ACKS_BEFORE_KILL && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited early (${_code}): ${stderr}`));
      else resolve({ added, lastInc, signal });
    });
  });
}

test('every acknowledged write survives SIGKILL', async () => {
  const dir = tmpDir();
  const run = await runAndKill(dir);
  expect(run.signal).toBe('SIGKILL');
  expect(run.added.size).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

  local = openLocalDatabase({ dir, collections: [] });
  const journal = db.collection('journal');
  const ackedIds = [...run.added.values()];
  let found = 0;
  for (let i = 0; i < ackedIds.length; i += 100) {
    found += (await journal.where({ _id: db.command.in(ackedIds.slice(i, i + 100)) }).count()).total;
  }
  expect(found).toBe(ackedIds.length);
  expect(local.count('journal')).toBeGreaterThanOrEqual(ackedIds.length);
  expect(local.count('journal')).toBeLessThanOrEqual(ackedIds.length + 1);
  // A write in flight at the kill may or may not have landed, but nothing acknowledged is missing.
  const counter = (await db.collection('counters').doc('c').get()).data.n;
  expect(counter).toBeGreaterThanOrEqual(run.lastInc);
  expect(counter).toBeLessThanOrEqual(run.lastInc + 1);
  const sample = (await journal.doc(ackedIds[0]).get()).data;
  expect(sample.at).toBeInstanceOf(Date);

  // WAL mode is a property of the file; a fresh connection sees it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Sqlite = require('better-sqlite3');
  const raw = new Sqlite(path.join(dir, DB_FILE), { readonly: true });
  expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
  raw.close();
}, 30_000);

test('writes that share a commit (group commit) are acknowledged only once it is on disk: all of them survive SIGKILL', async () => {
  const dir = tmpDir();
  const run = await runAndKill(dir, 'concurrent');
  expect(run.added.size).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
  local = openLocalDatabase({ dir, collections: [] });
  const ackedIds = [...run.added.values()];
  let found = 0;
  for (let i = 0; i < ackedIds.length; i += 100) {
    found += (await db.collection('journal').where({ _id: db.command.in(ackedIds.slice(i, i + 100)) }).count()).total;
  }
  expect(found).toBe(ackedIds.length);
  // At most one write per writer was in flight at the kill.
  expect(local.count('journal')).toBeLessThanOrEqual(ackedIds.length + 8);
}, 30_000);

test('a reopened folder keeps documents and enforces its indexes; undeclared indexes are dropped', async () => {
  const dir = tmpDir();
  const collections = [{ collection: 'users', indexes: [{ fields: ['openid'], unique: true }, { fields: ['role'] }] }];
  local = openLocalDatabase({ dir, collections });
  await db.collection('users').add({ data: { _id: 'u1', openid: 'o1', role: 'a', at: new Date(5) } });
  local.close();

  local = openLocalDatabase({ dir, collections });
  expect((await db.collection('users').doc('u1').get()).data).toEqual({ _id: 'u1', openid: 'o1', role: 'a', at: new Date(5) });
  await expect(db.collection('users').add({ data: { openid: 'o1' } })).rejects.toMatchObject({ errCode: -502001 });
  local.close();

  local = openLocalDatabase({ dir, collections: [{ collection: 'users', indexes: [{ fields: ['openid'], unique: true }] }] });
  expect(local.explain('users', { role: 'a' }).index).toBeNull();
  expect(local.explain('users', { openid: 'o1' }).index).toBe('ix:users:openid:unique');
});
