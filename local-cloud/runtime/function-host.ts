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
  const dir = path.dirname(file);
  const nodeRequire = createRequire(file);
  const functionProcess = new Proxy(process, { get: (target, key) => (key === 'env' ? env : Reflect.get(target, key, target)) });
  // The function's own files: index.js and the files of code it loads on first use (see
  // scripts/build-functions.mjs), each run once per loaded function, as the runtime runs them.
  const ownFiles = new Map<string, { exports: Record<string, unknown> }>();
  const runOwnFile = (filename: string) => {
    let module = ownFiles.get(filename);
    if (!module) {
      module = { exports: {} };
      ownFiles.set(filename, module);
      const wrapper = new Function('exports', 'require', 'module', '__filename', '__dirname', 'process', readFileSync(filename, 'utf8'));
      wrapper(module.exports, localRequire, module, filename, dir, functionProcess);
    }
    return module.exports;
  };
  const localRequire = (id: string) => {
    if (id === 'wx-server-sdk') return wxServerSdk;
    if (id === '@cloudbase/node-sdk' && nodeSdk) return nodeSdk;
    if (id.startsWith('./')) return runOwnFile(path.join(dir, id));
    return nodeRequire(id);
  };
  const exported = runOwnFile(file);
  if (typeof exported.main !== 'function') throw new Error(`${file} exports no main()`);
  return exported as CloudFunctionModule;
};
