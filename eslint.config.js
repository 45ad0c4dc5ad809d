// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import checkFile from 'eslint-plugin-check-file';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import compiler from './scripts/eslint-typescript-errors.js';

/** One no-restricted-imports block per layer; tests may reach across layers. */
function importZones(zones) {
  return zones.map(({ files, ignores = [], forbid, message }) => ({
    files,
    ignores: [...ignores, '**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: forbid.flatMap((dir) => [`@/${dir}/*`, `**/${dir}/*`]),
              message,
            },
          ],
        },
      ],
    },
  }));
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-demo',
      'dist-e2e',
      'node_modules',
      'public-demo/mockServiceWorker.js',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'check-file': checkFile },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      // react-router's redirect() is a Response, thrown by design in loaders.
      '@typescript-eslint/only-throw-error': [
        'error',
        { allow: [{ from: 'lib', name: 'Response' }] },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': [
        'error',
        { allowConstantLoopConditions: true },
      ],
      'check-file/filename-naming-convention': [
        'error',
        { 'src/**/*.{ts,tsx}': 'KEBAB_CASE', 'e2e/**/*.ts': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
    },
  },
  // Import direction (docs/architecture.md): config, lib → api, components → routes → app, and
  // the mock stays out of the app. ESLint's own rule: the import plugin's resolver has native
  // binaries this registry does not serve, which breaks `npm ci`.
  ...importZones([
    {
      files: ['src/**/*.{ts,tsx}'],
      ignores: ['src/mocks/**', 'src/test/**', 'src/main.tsx'],
      forbid: ['mocks'],
      message: 'Only main.tsx, tests and e2e use the mock.',
    },
    {
      files: ['src/routes/**'],
      forbid: ['mocks', 'app'],
      message: 'Pages do not import the app shell (app/ is the top: only main.tsx imports it).',
    },
    {
      files: ['src/api/**', 'src/components/**'],
      forbid: ['mocks', 'routes', 'app'],
      message: 'Shared code must not depend on pages or the app shell.',
    },
    {
      files: ['src/config/**', 'src/lib/**'],
      forbid: ['mocks', 'routes', 'app', 'api', 'components'],
      message: 'config/ and lib/ are the bottom layer: plain settings and pure helpers.',
    },
  ]),
  ...pluginQuery.configs['flat/recommended-strict'],
  { files: ['e2e/**/*.ts'], ...playwright.configs['flat/recommended'] },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  // The typecheck, from the type-aware rules' own program (scripts/eslint-typescript-errors.js).
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { compiler },
    rules: { 'compiler/typescript-errors': 'error' },
  },
);
