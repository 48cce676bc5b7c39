import { defineConfig } from 'vitest/config';

// Two projects: fast unit/content tests, and browser tests that need the built site in dist/.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/fuzz/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // Polls in a page wait longer than vitest's 1 s default: CI machines are shared.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
