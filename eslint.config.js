// Lint configuration: typescript-eslint's strict rules for TS, the Astro plugin for .astro files.
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

// What the core and the report renderers must not touch: they run in a worker and in Node too.
const domGlobals = [
  'document',
  'window',
  'navigator',
  'localStorage',
  'HTMLElement',
  'Blob',
  'File',
];

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'bench-results/', '.stryker-tmp/'] },
  eslint.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        globalThis: 'readonly',
        document: 'readonly',
        window: 'readonly',
        navigator: 'readonly',
        localStorage: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        crypto: 'readonly',
        Blob: 'readonly',
        File: 'readonly',
        HTMLElement: 'readonly',
      },
    },
  },
  {
    // Reports are written with template literals: an object in one reads "[object Object]" in
    // every report people paste into a ticket (issue 23), so the types must say it is text.
    files: ['src/lib/report/**/*.ts', 'src/cli/**/*.ts', 'src/scripts/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-base-to-string': 'error',
    },
  },
  {
    // A clone has nothing beside it (issue 8: tests read ../shared/corpus): no code names a path
    // outside the repository; real files are copied in with their source.
    files: ['**/*.{js,mjs,ts}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'Literal[value=/\\.\\.\\/shared\\//], TemplateElement[value.raw=/\\.\\.\\/shared\\//]',
          message: 'The repository must pass alone: copy the file in (with its source) instead.',
        },
      ],
    },
  },
  {
    // The core and the report renderers run in a worker and in Node too: no DOM or storage.
    files: ['src/lib/**'],
    rules: {
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    // One WebCrypto through the core, passed in (tests hand in their own): only the default
    // provider reaches for the platform's.
    files: ['src/lib/**'],
    ignores: ['src/lib/cert/crypto-provider.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...domGlobals,
        {
          name: 'crypto',
          message: 'Take the Crypto passed in (crypto-provider.ts has the default).',
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'globalThis',
          property: 'crypto',
          message: 'Take the Crypto passed in (crypto-provider.ts has the default).',
        },
      ],
    },
  },
);
