/**
 * The house's lint rules (`npm run lint`, run by .ci/run). Formatting is Prettier's
 * (.prettierrc.json, checked by `npm run lint` too); ESLint keeps to what a formatter cannot see.
 *
 * - typescript-eslint's and eslint-plugin-svelte's recommended rules, without type information
 *   (a typed lint of the whole repository takes minutes on these 2-core machines; `npm run
 *   check` already runs the type checker and svelte-check);
 * - the security bar: no `{@html}`, no eval in any form (svelte/no-at-html-tags, no-eval,
 *   no-implied-eval, no-new-func);
 * - lines ≤ 120 characters. Prettier wraps code at 120; a comment is wrapped by hand. Strings,
 *   template literals and regular expressions may run longer: a message split across lines
 *   cannot be found by searching for it, and the dictionaries (src/ui/i18n, the report's and the
 *   CLI's messages) hold one sentence per entry.
 */
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.bench/',
      '.cli/',
      '.cli-build-*/',
      'coverage/',
      'e2e/artifacts/',
      'scratch/',
      '.vite/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'max-len': [
        'error',
        {
          code: 120,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreUrls: true,
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // `_name` marks an argument a signature needs and the body does not read.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests break inputs on purpose through loosely typed copies (validate-fixtures.ts's `Loose`),
    // and reference values are copied with every digit their source gives (mpmath, published
    // tables), beyond what a double holds: the tolerance of each assertion says what is compared.
    files: ['**/*.test.ts', '**/validate-fixtures.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-loss-of-precision': 'off' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
);
