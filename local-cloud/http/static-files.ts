import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.pdf': 'application/pdf', '.map': 'application/json',
};

export const contentTypeOf = (file: string) => TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** Serve a file below `root`; anything outside it, or missing, is a 404. */
export const sendFile = (res: ServerResponse, root: string, relative: string, headers: Record<string, string> = {}): boolean => {
  const file = path.resolve(root, '.' + path.posix.normalize('/' + relative));
  if (!file.startsWith(path.resolve(root)) || !existsSync(file) || !statSync(file).isFile()) return false;
  res.writeHead(200, { 'content-type': contentTypeOf(file), 'cache-control': file.endsWith('.html') ? 'no-cache' : 'max-age=300', ...headers });
  createReadStream(file).pipe(res);
  return true;
};
