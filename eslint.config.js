import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Database writes: only the background calls them, through its handler table. */
const databaseWrites = [
  { name: '@/utils/db/feeds', importNames: ['putFeed', 'updateFeed', 'removeFeed'] },
  { name: '@/utils/db/log', importNames: ['addLogEntry', 'removeLogEntry', 'setCallOutcome'] },
  { name: '@/utils/db/drafts', importNames: ['saveDraft', 'deleteDraft', 'patchDraft'] },
  { name: '@/utils/db/profile', importNames: ['saveProfile'] },
  { name: '@/utils/db/settings', importNames: ['updateSettings'] },
  { name: '@/utils/db/notices', importNames: ['markNoticed', 'pruneNotices'] },
  { name: '@/utils/db/backup', importNames: ['importData', 'deleteAllData'] },
].map((path) => ({ ...path, message: 'Pages never write to the database: send a message to the background (utils/messaging).' }));

const pageModuleWrites = [
  '@/utils/db/store',
  '@/utils/db/snapshot-writer',
  '@/utils/feed/follow-feed',
  '@/utils/feed/feed-list',
  '@/utils/import/imported-feed',
  '@/entrypoints/background/*',
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'playwright-report/', 'web-ext-artifacts/', 'bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      // Extension code reaches browser APIs through utils/browser/ only.
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Use the wrappers in utils/browser/.' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: "Use 'zod/mini' in extension code." },
            { name: 'wxt/browser', message: 'Only utils/browser/ imports wxt/browser: use its wrappers.' },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import-x/no-duplicates': ['error', { 'prefer-inline': true }],
    },
  },
  {
    files: ['utils/browser/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: "Use 'zod/mini' in extension code." }] }] },
  },
  {
    // Pages and components read the database where that keeps them fast, and write only through the background.
    files: ['entrypoints/popup/**', 'entrypoints/options/**', 'entrypoints/letter/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: "Use 'zod/mini' in extension code." },
            { name: 'wxt/browser', message: 'Only utils/browser/ imports wxt/browser: use its wrappers.' },
            ...databaseWrites,
          ],
          patterns: [
            { group: pageModuleWrites, message: 'Pages never write to the database: send a message to the background (utils/messaging).' },
          ],
        },
      ],
    },
  },
  {
    // Components render what they are given; only hooks reach the database.
    files: ['components/**'],
    ignores: ['components/hooks/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'wxt/browser', message: 'Only utils/browser/ imports wxt/browser: use its wrappers.' }],
          patterns: [
            {
              group: ['@/utils/db/*', '!@/utils/db/records'],
              message: 'Components render what they are given: read the database in a hook (components/hooks/).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.tsx', 'components/hooks/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Command-line tools and tests may use full zod, and tests may reach the database and browser.
    files: ['scripts/**', 'e2e/**', 'testing/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
