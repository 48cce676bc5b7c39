// Lint configuration: typescript-eslint's strict rules for TS, the Astro plugin for .astro files.
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

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
    // The core and the report renderers run in a worker and in Node too: no DOM or storage.
    files: ['src/lib/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'navigator',
        'localStorage',
        'HTMLElement',
        'Blob',
        'File',
      ],
    },
  },
);
