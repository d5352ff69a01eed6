/** Two projects: plain Node for domain, server and local-cloud tests; jsdom for page tests (*.test.tsx). */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2020',
      },
      module: { type: 'commonjs' },
    },
  ],
};
const common = {
  transform,
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  // Speed is measured by `npm run bench`, not by tests: a test that seeds a cloud and runs a
  // year of writes may take longer than Jest's 5 s on a busy 2-core machine without being wrong.
  testTimeout: 30_000,
};

module.exports = {
  testTimeout: common.testTimeout,
  globalSetup: '<rootDir>/test/support/global-setup.js',
  projects: [
    { ...common, displayName: 'node', testEnvironment: 'node', testMatch: ['<rootDir>/test/**/*.test.ts'] },
    {
      ...common,
      displayName: 'pages',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/test/doubles/setup-pages.ts'],
      moduleNameMapper: {
        ...common.moduleNameMapper,
        '^@tarojs/taro$': '<rootDir>/test/doubles/taro.ts',
        '^@tarojs/components$': '<rootDir>/test/doubles/components.tsx',
        '\\.(css|scss)$': '<rootDir>/test/doubles/style.ts',
      },
    },
  ],
};
