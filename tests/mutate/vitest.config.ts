// The unit tests that judge the decision core and the report renderers, for `npm run mutate`:
// the CLI, browser and fuzz tests run bundles or pages that a mutant in src/ never reaches.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/cert/**/*.test.ts',
      'tests/unit/report/**/*.test.ts',
      // These render whole reports in every language and read bundles end to end.
      'tests/unit/i18n/readable-output.test.ts',
      'tests/unit/i18n/vocabulary.test.ts',
      'tests/unit/bundle/**/*.test.ts',
      'tests/unit/regressions.test.ts',
    ],
    environment: 'node',
  },
});
