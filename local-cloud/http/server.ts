import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { existsSync } from 'node:fs';
import type { LocalCloud } from '../runtime/local-cloud';
import { createTokenSigner } from './tokens';
import { TicketRefused } from '../wx/custom-login';
import { sendFile } from './static-files';
import { listIdentities, listOutbox } from './local-api';
import { renderOutboxPage } from './outbox-page';

export interface LocalServerOptions {
  cloud: LocalCloud;
  dataDir: string;
  /** The H5 build to serve at / (dist/h5). */
  webRoot: string;
  /** A local unified identity provider to serve under its issuer's path (/local/oidc). */
  identityProvider?: { handle: (req: IncomingMessage, res: ServerResponse) => Promise<boolean> };
  /** Who runs a called function: the cloud itself by default, or its function instances (function-pool.ts). */
  functions?: Pick<LocalCloud, 'invoke'>;
}

const MAX_BODY = 12 * 1024 * 1024;

/** Uploaded files are served as what their name says, never sniffed into a page, and never run as one. */
const STORED_FILE_HEADERS = { 'x-content-type-options': 'nosniff', 'content-security-policy': 'sandbox', 'cache-control': 'private, no-store' };

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new HttpError(413, 'body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const readJson = async (req: IncomingMessage): Promise<Record<string, unknown>> => {
  const raw = (await readBody(req)).toString('utf8').trim();
  if (!raw) return {};
  try {
    const value = JSON.parse(raw);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value;
  } catch {
    /* fall through */
  }
  throw new HttpError(400, 'body must be a JSON object');
};

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

/**
 * The local server's HTTP surface: the H5 app at /, and under /local/ what WeChat and CloudBase
 * would provide (sign-in, callFunction, timers, storage, subscribe-message consent and outbox).
 */
export const createLocalServer = ({ cloud, dataDir, webRoot, identityProvider, functions = cloud }: LocalServerOptions) => {
  const tokens = createTokenSigner(dataDir);
  const identityOf = (req: IncomingMessage) => tokens.verify(/^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]);
  const openidOf = (req: IncomingMessage) => identityOf(req)?.openid;

  const routes: Array<[string, RegExp, (req: IncomingMessage, res: ServerResponse, m: RegExpExecArray) => Promise<void>]> = [
    ['GET', /^\/local\/health$/, async (_q, res) => json(res, 200, { ok: true })],
    ['GET', /^\/local\/identities$/, async (_q, res) => json(res, 200, await listIdentities(cloud))],
    ['POST', /^\/local\/login$/, async (req, res) => {
      const { openid } = await readJson(req);
      if (typeof openid !== 'string' || !/^[\w-]{1,64}$/.test(openid)) throw new HttpError(400, 'openid must be 1–64 letters, digits, _ or -');
      json(res, 200, { token: tokens.issue({ openid }) });
    }],
    // CloudBase's custom sign-in: the web client hands over a ticket a function signed and gets a session.
    ['POST', /^\/local\/auth\/ticket$/, async (req, res) => {
      const { ticket } = await readJson(req);
      let customUserId: string;
      try {
        customUserId = cloud.checkTicket(String(ticket ?? ''));
      } catch (error) {
        if (error instanceof TicketRefused) throw new HttpError(401, `ticket refused (${error.problem})`);
        throw error;
      }
      json(res, 200, { token: tokens.issue({ customUserId }), customUserId });
    }],
    ['POST', /^\/local\/functions\/([\w-]+)$/, async (req, res, m) => {
      const event = await readJson(req);
      const identity = identityOf(req);
      const result = await functions.invoke(m[1], event, { openid: identity?.openid, customUserId: identity?.customUserId, source: 'wx_client' });
      json(res, 200, { result });
    }],
    ['GET', /^\/local\/actions$/, async (_q, res) => {
      const api = cloud.loadFunction('api');
      json(res, 200, typeof api.describeActions === 'function' ? await api.describeActions() : []);
    }],
    ['POST', /^\/local\/subscribe$/, async (req, res) => {
      const openid = openidOf(req);
      if (!openid) throw new HttpError(401, 'sign in first');
      const { templateIds } = await readJson(req);
      if (!Array.isArray(templateIds) || !templateIds.every((t) => typeof t === 'string')) throw new HttpError(400, 'templateIds must be strings');
      await cloud.run(() => cloud.subscribeMessage.grant(openid, templateIds as string[]));
      json(res, 200, { granted: templateIds });
    }],
    ['GET', /^\/local\/outbox$/, async (req, res) => {
      const messages = await listOutbox(cloud);
      if (!(req.headers.accept ?? '').includes('text/html')) return json(res, 200, messages);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(renderOutboxPage(messages as Array<Record<string, unknown>>));
    }],
    ['POST', /^\/local\/timers\/([\w-]+)\/([\w-]+)$/, async (req, res, m) => {
      // Optional { "at": ISO time }: fire as the timer would at that moment (e.g. a working morning).
      const { at } = await readJson(req);
      if (at !== undefined && (typeof at !== 'string' || Number.isNaN(Date.parse(at)))) throw new HttpError(400, 'at must be an ISO date-time');
      json(res, 200, { result: await cloud.fireTimer(m[1], m[2], at ? new Date(at) : undefined, functions) });
    }],
    ['POST', /^\/local\/upload$/, async (req, res) => {
      const identity = identityOf(req);
      if (!identity) throw new HttpError(401, 'sign in first');
      // The storage rule's creator: a WeChat user by OPENID, a desk session by its custom-login user (openids have no colon).
      const creator = identity.openid ?? `custom:${identity.customUserId}`;
      const cloudPath = new URL(req.url ?? '', 'http://x').searchParams.get('cloudPath');
      if (!cloudPath) throw new HttpError(400, 'cloudPath is required');
      const content = await readBody(req);
      try {
        json(res, 200, cloud.storage.uploadAs(creator, cloudPath, content));
      } catch (error) {
        if ((error as { errCode?: number }).errCode === -403003) throw new HttpError(403, (error as Error).message);
        throw error;
      }
    }],
  ];

  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    try {
      for (const [method, pattern, handle] of routes) {
        const match = pattern.exec(url.pathname);
        if (match && req.method === method) return await handle(req, res, match);
      }
      if (identityProvider && (await identityProvider.handle(req, res))) return;
      if (req.method === 'GET' && url.pathname.startsWith('/local/storage/')) {
        // A private bucket: only a temp URL the functions handed out reads a file, until it expires.
        const cloudPath = decodeURIComponent(url.pathname.slice('/local/storage/'.length));
        const access = cloud.storage.check(cloudPath, url.searchParams.get('expires'), url.searchParams.get('sign'));
        if (access === 'expired') throw new HttpError(403, 'the link has expired');
        if (access !== 'ok') throw new HttpError(403, 'a signed temporary link is required');
        if (sendFile(res, cloud.storageDir, cloudPath, STORED_FILE_HEADERS)) return;
        throw new HttpError(404, 'file not found');
      }
      if (url.pathname.startsWith('/local/')) throw new HttpError(404, `no such local endpoint: ${req.method} ${url.pathname}`);
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'method not allowed');
      if (sendFile(res, webRoot, url.pathname === '/' ? 'index.html' : url.pathname)) return;
      if (existsSync(path.join(webRoot, 'index.html'))) return void sendFile(res, webRoot, 'index.html');
      throw new HttpError(503, 'the H5 app is not built: run `npm run build:h5`');
    } catch (error) {
      if (error instanceof HttpError) return json(res, error.status, { error: error.message });
      const errCode = (error as { errCode?: number }).errCode;
      if (errCode === -501000) return json(res, 404, { error: (error as Error).message, errCode });
      console.error('[local-server]', error);
      json(res, 500, { error: 'internal error' });
    }
  });
};
