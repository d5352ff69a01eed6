// Bundles each cloud function from server/functions/<name>.ts into cloudfunctions/<name>/index.js
// and the files of code it loads on first use (see buildFunction).
// The platform SDKs (wx-server-sdk, @cloudbase/node-sdk) and the packages a function's own
// package.json lists stay external (installed from it on deploy): for api, the heavy libraries a
// few rare actions load on first use (exceljs, qrcode, docx, pdfkit, svg-to-pdfkit, echarts), which
// a cold start then neither parses nor evaluates. Everything else shared is bundled in, so nothing
// is required from outside the function's folder. A function's fonts are written into its folder
// too (scripts/build-fonts.mjs).
import { build, transform } from 'esbuild';
import { readdirSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { buildFonts } from './build-fonts.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const names = readdirSync(path.join(root, 'cloudfunctions')).filter((name) =>
  existsSync(path.join(root, 'server/functions', `${name}.ts`)),
);

// chinese-days builds its tables when it loads; the functions look its data up instead (see the
// module). Of its data they read the holidays and the working weekend days, carried as a JSON
// string: V8 parses JSON far faster than it compiles the same object as code.
const workdayCalendar = {
  name: 'workday-calendar',
  setup: (b) => {
    b.onResolve({ filter: /^chinese-days$/ }, () => ({ path: path.join(root, 'server/runtime/workday-calendar.ts') }));
    b.onLoad({ filter: /chinese-days[\\/]dist[\\/]chinese-days\.json$/ }, (args) => {
      const { holidays, workdays } = JSON.parse(readFileSync(args.path, 'utf8'));
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify({ holidays, workdays }))});`, loader: 'js' };
    });
  },
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

/**
 * Bundle one function in two passes. esbuild splits only ES modules: the first pass bundles the
 * function as ESM with splitting, so each `import()` of the function's own code (the api's action
 * groups, server/actions/registry.ts) becomes its own file and code they share becomes shared
 * files, each once; the second turns every file into CommonJS (`import()` into `require()`), as
 * CloudBase's runtime and the local cloud's function host load it. A cold start then compiles
 * index.js and what it imports; a group's file is compiled on the group's first call.
 */
const buildFunction = async (name) => {
  const dir = path.join(root, 'cloudfunctions', name);
  const target = targetOf(name); // CloudBase's Node.js runtime the function declares (default 16)
  const { outputFiles } = await build({
    entryPoints: { index: path.join(root, 'server/functions', `${name}.ts`) },
    outdir: dir,
    write: false,
    bundle: true,
    splitting: true,
    format: 'esm',
    chunkNames: '[name]-[hash]',
    platform: 'node',
    target,
    external: [...new Set(['wx-server-sdk', '@cloudbase/node-sdk', ...Object.keys(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).dependencies ?? {})])],
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [workdayCalendar, onlyUsedZodLocales],
  });
  // The files of the last build go: their names carry hashes, so new ones would not replace them.
  for (const f of readdirSync(dir).filter((f) => /\.js(\.map)?$/.test(f))) rmSync(path.join(dir, f));
  for (const file of outputFiles) {
    const { code } = await transform(file.text, {
      format: 'cjs',
      target,
      // The external document libraries and the function's own groups load on first use with
      // import(); as require() they load the same in CloudBase and in the local cloud's host.
      supported: { 'dynamic-import': false },
      legalComments: 'none',
      banner: '// Built by scripts/build-functions.mjs from server/; do not edit.',
    });
    writeFileSync(file.path, code);
  }
  return outputFiles.length;
};

export const buildFunctions = async ({ quiet = false } = {}) => {
  const started = Date.now();
  const files = await Promise.all(names.map(buildFunction));
  buildFonts(path.join(root, 'cloudfunctions'));
  if (!quiet) console.log(`built cloud functions [${names.map((n, i) => `${n}: ${files[i]} files`).join(', ')}] in ${Date.now() - started} ms`);
  return names;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildFunctions();
}
