// The unit tests that judge the decision core and the report renderers, for `npm run mutate`:
// the CLI, browser and fuzz tests run bundles or pages that a mutant in src/ never reaches.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/cert/**/*.test.ts', 'tests/unit/report/**/*.test.ts'],
    environment: 'node',
  },
});
