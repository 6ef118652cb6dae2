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

/**
 * Deciding on an error's text: Google words its exceptions in the user's language, and the
 * server's refusals carry a code (src/core/messages.ts). Flags `.message` (or a variable named
 * like one) tested with a regex, searched, or compared; ask Google first (getSheetByName,
 * sizes) or switch on the refusal's code instead. test/build/noMessageMatching.test.ts shows
 * the rule catching the code it replaced.
 */
const MESSAGE_NAME = '/^(message|msg|errorMessage)$/';
const SEARCHES = '/^(includes|startsWith|endsWith|match|matchAll|search|indexOf|lastIndexOf|localeCompare)$/';
const noMessageMatching = {
  message: "Don't decide on an error's text: Google words it in the user's language. Ask first, or switch on a refusal's code.",
};
const messageMatchingSelectors = [
  `CallExpression[callee.property.name=${SEARCHES}][callee.object.property.name='message']`,
  `CallExpression[callee.property.name=${SEARCHES}][callee.object.type='Identifier'][callee.object.name=${MESSAGE_NAME}]`,
  `CallExpression[callee.property.name=/^(test|exec)$/] > MemberExpression.arguments[property.name='message']`,
  `CallExpression[callee.property.name=/^(test|exec)$/] > Identifier.arguments[name=${MESSAGE_NAME}]`,
  `BinaryExpression[operator=/^[!=]==?$/] > MemberExpression[property.name='message']`,
  `BinaryExpression[operator=/^[!=]==?$/] > Identifier[name=${MESSAGE_NAME}]`,
  `SwitchStatement > MemberExpression.discriminant[property.name='message']`,
  `SwitchStatement > Identifier.discriminant[name=${MESSAGE_NAME}]`,
].map((selector) => ({ selector, ...noMessageMatching }));

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
    // DriveApp needs the full-Drive scope, which the add-on does not ask for (docs/ARCHITECTURE.md, Safety).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'DriveApp', message: 'DriveApp needs the full-Drive scope; use the Drive advanced service under drive.file.' },
      ],
    },
  },
  {
    // The shell and the UI are where errors are caught; src/core/messages.ts reads codes.
    files: ['src/gas/**/*.ts', 'src/entry/**/*.ts', 'src/ui/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...messageMatchingSelectors] },
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
