/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Google's exceptions worded as another language would word them (see the file).
  setupFiles: ['<rootDir>/test/support/errorLanguage.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'js', 'json', 'mjs'],
  // Browser tests share one Chromium and one playground server; run them alone.
  maxWorkers: process.env.CI ? 2 : '50%',
  // Picks the browser the browser tests drive, and unpacks the npm one once for all workers.
  globalSetup: '<rootDir>/test/browser/globalSetup.ts',
  testTimeout: 20000,
};
