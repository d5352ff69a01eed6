// Bundles each cloud function from server/functions/<name>.ts into cloudfunctions/<name>/index.js.
// The platform SDKs (wx-server-sdk, @cloudbase/node-sdk) and the packages a function's own
// package.json lists stay external (installed from it on deploy): for api, the heavy libraries a
// few rare actions load on first use (exceljs, qrcode, docx, pdfkit, svg-to-pdfkit, echarts), which
// a cold start then neither parses nor evaluates. Everything else shared is bundled in, so nothing
// is required from outside the function's folder. A function's fonts are written into its folder
// too (scripts/build-fonts.mjs).
import { build } from 'esbuild';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { buildFonts } from './build-fonts.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const names = readdirSync(path.join(root, 'cloudfunctions')).filter((name) =>
  existsSync(path.join(root, 'server/functions', `${name}.ts`)),
);

// chinese-days builds its tables when it loads; the functions look its data up instead (see the module).
const workdayCalendar = {
  name: 'workday-calendar',
  setup: (b) => b.onResolve({ filter: /^chinese-days$/ }, () => ({ path: path.join(root, 'server/runtime/workday-calendar.ts') })),
};

// zod's locales besides English and Chinese (a third of the bundle) are never used (see the stub).
const onlyUsedZodLocales = {
  name: 'only-used-zod-locales',
  setup: (b) =>
    b.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) =>
      /zod\/v4\/locales$/.test(args.resolveDir) && !/^\.\/(en|zh-CN)\.js$/.test(args.path) ? { path: path.join(root, 'server/runtime/unused-zod-locale.ts') } : undefined,
    ),
};

/** The runtime a function declares in its config.json (scripts/deploy reads the same), as an esbuild target. */
const targetOf = (name) => {
  const { runtime = 'Nodejs16.13' } = JSON.parse(readFileSync(path.join(root, 'cloudfunctions', name, 'config.json'), 'utf8'));
  return `node${/^Nodejs(\d+)/.exec(runtime)?.[1] ?? '16'}`;
};

export const buildFunctions = async ({ quiet = false } = {}) => {
  const started = Date.now();
  await Promise.all(
    names.map((name) =>
      build({
        entryPoints: [path.join(root, 'server/functions', `${name}.ts`)],
        outfile: path.join(root, 'cloudfunctions', name, 'index.js'),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: targetOf(name), // CloudBase's Node.js runtime the function declares (default 16)
        external: [...new Set(['wx-server-sdk', '@cloudbase/node-sdk', ...Object.keys(JSON.parse(readFileSync(path.join(root, 'cloudfunctions', name, 'package.json'), 'utf8')).dependencies ?? {})])],
        // The external document libraries are loaded on first use with import(); as require() they
        // load the same in CloudBase and in the local cloud's function host.
        supported: { 'dynamic-import': false },
        legalComments: 'none',
        logLevel: 'warning',
        banner: { js: '// Built by scripts/build-functions.mjs from server/; do not edit.' },
        plugins: [workdayCalendar, onlyUsedZodLocales],
      }),
    ),
  );
  buildFonts(path.join(root, 'cloudfunctions'));
  if (!quiet) console.log(`built cloud functions [${names.join(', ')}] in ${Date.now() - started} ms`);
  return names;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildFunctions();
}
