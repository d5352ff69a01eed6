import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface CloudFunctionModule {
  main: (event: unknown, context: unknown) => Promise<unknown>;
  [exported: string]: unknown;
}

/**
 * Load a bundled cloud function (cloudfunctions/<name>/index.js) the way the CloudBase runtime
 * does, except that `require('wx-server-sdk')` and `require('@cloudbase/node-sdk')` answer with
 * the local implementations. The code
 * is compiled in the caller's realm (not a separate vm context) so Dates and Errors stay the
 * same classes everywhere.
 *
 * `env` is the function's own environment variables, as CloudBase sets them per function: the
 * bundle sees `process.env` as exactly that, not the host process's environment.
 */
export const loadCloudFunction = (file: string, wxServerSdk: unknown, env: Record<string, string> = {}, nodeSdk?: unknown): CloudFunctionModule => {
  const code = readFileSync(file, 'utf8');
  const nodeRequire = createRequire(file);
  const localRequire = (id: string) => {
    if (id === 'wx-server-sdk') return wxServerSdk;
    if (id === '@cloudbase/node-sdk' && nodeSdk) return nodeSdk;
    return nodeRequire(id);
  };
  const module = { exports: {} as Record<string, unknown> };
  const functionProcess = new Proxy(process, { get: (target, key) => (key === 'env' ? env : Reflect.get(target, key, target)) });
  const wrapper = new Function('exports', 'require', 'module', '__filename', '__dirname', 'process', code);
  wrapper(module.exports, localRequire, module, file, path.dirname(file), functionProcess);
  if (typeof module.exports.main !== 'function') throw new Error(`${file} exports no main()`);
  return module.exports as CloudFunctionModule;
};
