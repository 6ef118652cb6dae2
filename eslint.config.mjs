import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const appsScriptGlobals = [
  'SpreadsheetApp',
  'DocumentApp',
  'DriveApp',
  'Drive',
  'HtmlService',
  'PropertiesService',
  'LockService',
  'CacheService',
  'Session',
  'Utilities',
  'Logger',
  'Charts',
  'google',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.playground/**', 'test-results/**', 'contract-dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The functional core never touches Apps Script: it computes plans the shell applies.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...appsScriptGlobals.map((name) => ({ name, message: 'src/core is pure: Apps Script calls belong in src/gas.' })),
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/gas/**', '**/entry/**', '**/ui/**'], message: 'src/core depends on nothing but itself and zod.' }] },
      ],
    },
  },
  {
    // DriveApp needs the full-Drive scope, which the add-on does not ask for (DESIGN.md section 9).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'DriveApp', message: 'DriveApp needs the full-Drive scope; use the Drive advanced service under drive.file.' },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', process: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
