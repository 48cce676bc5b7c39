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
    // It runs the core at load time to collect every message it emits, which makes every mutant
    // "static" (run against all tests); it judges the English texts, not the decisions.
    exclude: [
      'tests/unit/cert/messages.test.ts',
      // It counts the digests a fresh parse makes; in one shared process (below) another file
      // has parsed the same certificates first, so it counts none. It judges no decision.
      'tests/unit/cert/crypto-threading.test.ts',
    ],
    environment: 'node',
    // One process keeps the memoized test PKI across files and mutants instead of making it again
    // for every test file of every mutant; the one test that
    // counts work done on a fresh cache is left out above.
    isolate: false,
  },
});
