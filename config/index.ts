import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';
import { appSettingsFor, loadSettings } from './app-settings';

export default defineConfig<'webpack5'>(async (merge, { mode }) => {
  const appSettings = appSettingsFor(loadSettings(), path.resolve(__dirname, '..'), mode, process.env.TARO_ENV);
  // Taro writes dist/<target>/project.config.json from the root one and takes the appid from
  // TARO_APP_ID; the project's documented variable is TARO_APP_APPID, so forward it.
  process.env.TARO_APP_ID ||= appSettings.TARO_APP_APPID;
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'pudong-service-package',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // One folder per target so a weapp build never overwrites an h5 build and vice versa.
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    // Defined here (not only by Taro's .env loading) so values exported in the shell (CI, a
    // developer's terminal) and the local values reach the bundle too.
    env: Object.fromEntries(Object.entries(appSettings).map(([name, value]) => [name, JSON.stringify(value)])),
    defineConstants: {},
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
      // chinese-days marks its ES module build as CommonJS, which webpack refuses; its UMD build
      // is the same calendar, so src/core/time/working-days.ts serves the app as it serves the server.
      'chinese-days$': path.resolve(__dirname, '..', 'node_modules/chinese-days/dist/index.min.js'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    // esbuild prebundling writes into node_modules/.taro and breaks on a read-only or shared
    // tree; the gain on a small app is not worth it.
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      // Component styles are class-scoped, so the order chunks load them in does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      devServer: { host: '127.0.0.1' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        // Phones keep the mini-program's scale; a wide browser (the desk console) stops growing at 24 px.
        pxtransform: { enable: true, config: { maxRootSize: 24 } },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
