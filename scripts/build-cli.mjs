// Bundles the CLI into one self-contained file that runs on Node 20 or later, so that
// `npx pchat-certs` and `npm install -g .` need no TypeScript loader and no runtime dependencies.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entry = 'src/cli/main.ts';
if (!existsSync(entry)) {
  console.log(`build-cli: ${entry} does not exist yet; skipped`);
} else {
  await build({
    entryPoints: [entry],
    outfile: 'dist-cli/pchat-certs.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
}
