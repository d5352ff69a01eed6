// The layers of the code base, enforced on every import (README, "Layers"). Paths are resolved
// (the `@/` alias, relative paths, packages) by eslint-plugin-import-x with the TypeScript
// resolver, so `../../components/x` and `@/components/x` are the same import.
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const root = import.meta.dirname;

/** Libraries without platform code that src/core may use; add one here with the reason it is pure. */
// echarts: core/charts imports only its types (`import type { EChartsOption }`), which emit no code.
const PURE_LIBRARIES = ['zod', 'dayjs', 'chinese-days', 'murmurhash', 'pure-rand', 'echarts'];

/** Subpackages, one per role area; everything else under src/ is shared (main package). */
export const ROLE_AREAS = ['enterprise', 'steward', 'unit', 'department', 'district', 'fieldwork', 'oversight', 'integrity', 'summary', 'bulletin', 'assessment'];
const SHARED = ['pages', 'components', 'hooks', 'services', 'utils', 'core'];

const areaZones = ROLE_AREAS.map((area) => ({
  target: `./src/${area}/**`,
  from: ROLE_AREAS.filter((other) => other !== area).map((other) => `./src/${other}/**`),
  message: `A role area imports nothing from another (its services, hooks or components): move what both need to the shared src/services, src/hooks or src/components.`,
}));

const HOOKS_IMPORT_NO_COMPONENTS = {
  // Hooks hold screen logic that jsdom tests drive without rendering; components live in
  // components/ folders and as a page's own .tsx files beside it.
  target: ['./src/**/hooks/**', './src/**/use-*.ts', './src/**/use-*.tsx'],
  from: ['./src/**/components/**', './src/**/pages/**/*.tsx'],
  except: [`${root}/src/**/use-*.tsx`],
  message: 'Hooks hold logic, components render: a hook imports no component (move a shared type or check to src/utils or src/core).',
};

const zones = [
  {
    target: './src/core',
    from: ['./src', './server', './local-cloud', './test', './scripts'],
    except: ['./core'],
    message: 'src/core is plain TypeScript shared by the app and the cloud functions: it imports only src/core.',
  },
  {
    target: './src/core',
    from: './node_modules',
    except: PURE_LIBRARIES.map((name) => `./${name}`),
    message: `src/core imports no platform code (Taro, React, wx-server-sdk): only the pure libraries ${PURE_LIBRARIES.join(', ')} (PURE_LIBRARIES in eslint.layers.mjs).`,
  },
  {
    target: './src',
    from: ['./server', './local-cloud', './cloudfunctions', './scripts'],
    message: 'The app never imports cloud-function or local-cloud code: what both need belongs in src/core.',
  },
  {
    target: './server',
    from: './src',
    except: ['./core'],
    message: 'Cloud functions use only src/core from the app.',
  },
  HOOKS_IMPORT_NO_COMPONENTS,
  ...areaZones,
  {
    target: SHARED.map((dir) => `./src/${dir}/**`),
    from: ROLE_AREAS.map((area) => `./src/${area}/**`),
    message: 'Shared code (the main package) imports nothing from a role area (a subpackage).',
  },
];

export const layers = [
  {
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${root}/tsconfig.json` })] },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: root, zones }] },
  },
  {
    // The weapp bundle must not carry zod: the app reads the contracts' types, never their schemas.
    // Nor ECharts: the server draws every chart (chart.render) and the app shows the image.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', allowTypeImports: true, message: 'The app imports only zod types; the server validates.' },
            { name: 'echarts', allowTypeImports: true, message: 'The app shows charts the server draws (chart.render): import echarts types only.' },
          ],
          patterns: [
            { group: ['echarts/*', 'zrender', 'zrender/*'], message: 'The app shows charts the server draws (chart.render): no chart library in the app.' },
            {
              group: ['**/*.contracts'],
              allowTypeImports: true,
              message: 'Import the contract types only (import type …): the schemas are zod, which stays out of the app bundle. Limits and wording are in src/core/contracts/*.fields.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Pages, hooks and components reach the cloud through services, where each role area's calls are listed.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/services/**', 'src/*/services/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@/services/cloud', importNames: ['callAction'], message: 'Call actions through a service (src/services or the role area\'s services).' }] }],
    },
  },
  {
    // After the block above, which it replaces for src/core (where services are out of reach anyway).
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'src/core runs in the app too: no Node built-ins.' }] }] },
  },
  {
    // echarts is in PURE_LIBRARIES for its option types only: the chart builders stay plain data.
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'echarts', allowTypeImports: true, message: 'src/core builds plain ECharts options: import echarts types only (import type …).' }] },
      ],
    },
  },
  {
    // zod's `z` export is a re-exported namespace: esbuild keeps all of zod behind it (about 200 KB
    // more in the api bundle, which every cold start compiles). `import * as z` keeps what is used.
    files: ['src/core/**/*.ts', 'server/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[importKind!='type']",
          message: "Write `import * as z from 'zod'`: the named `z` keeps all of zod in the function bundles.",
        },
      ],
    },
  },
];
