// @ts-check
// ESLint for the whole code base: TypeScript in src/, scripts/ and tests/, and Astro components
// (frontmatter, template expressions and client-side <script>s). Formatting is Prettier's job
// (`npm run format`), so no stylistic rules here.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Build output, generated types and vendored third-party files are not ours to lint.
  globalIgnores(['dist/', 'dist-fixture/', '.astro/', 'node_modules/', 'vendor/', 'screenshots/', 'test-results/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Build-time code (pages, libraries, scripts, tests, configs) runs on Node.
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Client-side <script>s inside .astro files (the plugin's processor names them like this).
    files: ['**/*.astro/*.js', '**/*.astro/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    rules: {
      // An unused binding is a leftover or a bug; a leading underscore marks one kept on purpose
      // (a positional parameter, a destructured field left out of a rest object).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrors: 'none',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': 'error',
      'no-var': 'error',
    },
  },
);
