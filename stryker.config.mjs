// Mutation testing (`npm run mutate`, not part of `npm test`): do the unit tests notice when the
// decision core or a report renderer is wrong? The score must stay at or above 90 %.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/mutate/vitest.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/lib/cert/same-ca.ts',
    'src/lib/cert/reference-cas.ts',
    'src/lib/cert/verify-signature.ts',
    'src/lib/cert/algorithms.ts',
    'src/lib/cert/checks/*.ts',
    'src/lib/cert/check-server.ts',
    'src/lib/cert/check-request.ts',
    'src/lib/cert/name-compare.ts',
    'src/lib/cert/issuer-index.ts',
    'src/lib/cert/signature-budget.ts',
    'src/lib/cert/fqdn-syntax.ts',
    'src/lib/cert/rsa-pkcs1-verify.ts',
    'src/lib/cert/sha224.ts',
    'src/lib/cert/signature-cost.ts',
    'src/lib/cert/conflicting-references.ts',
    'src/lib/report/*.ts',
  ],
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'bench-results/mutation.json' },
  tempDirName: '.stryker-tmp',
  concurrency: 2,
  // A mutant in code that runs at module load (a lookup table) would rerun every test for each
  // mutant: hours on two cores. Such tables are read by the tests of what uses them.
  ignoreStatic: true,
  timeoutMS: 10_000,
};
