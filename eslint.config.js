import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'playwright-report/', 'web-ext-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Extension code reaches browser APIs through wxt/browser only.
      'no-restricted-globals': ['error', { name: 'chrome', message: "Import `browser` from 'wxt/browser' instead." }],
      'no-restricted-imports': ['error', {
        paths: [{ name: 'zod', message: "Use 'zod/mini' in extension code." }],
      }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Command-line tools and tests may use full zod.
    files: ['scripts/**', 'e2e/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
