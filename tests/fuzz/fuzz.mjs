// `npm run fuzz -- [--count N] [--seed S] [--cli-every K] [--hang-ms MS] [--crafted N]`: bundles
// the TypeScript fuzz driver with esbuild (plain Node cannot import the project's .ts sources) and
// runs it against the core and the CLI bundle in dist-cli/ (built by `npm run build:cli`).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { withBundled } from '../support/with-bundled.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: String(Date.now() % 2 ** 31) },
    'cli-every': { type: 'string', default: '50' },
    'hang-ms': { type: 'string', default: '2000' },
    crafted: { type: 'string', default: '24' },
  },
});
const cliBundle = resolve('dist-cli/pchat-certs.mjs');
if (!existsSync(cliBundle))
  throw new Error('dist-cli/pchat-certs.mjs is missing: run npm run build:cli');
await withBundled(new URL('./fuzz-run.ts', import.meta.url), ({ fuzz }) =>
  fuzz({
    count: Number(values.count),
    seed: Number(values.seed),
    cliEvery: Number(values['cli-every']),
    hangMs: Number(values['hang-ms']),
    cliBundle,
    craftedSize: Number(values.crafted),
  }),
);
