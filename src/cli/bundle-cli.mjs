// Bundles the CLI into one self-contained file that runs on Node 20 or later, so that
// `npx pchat-certs` and `npm install -g .` need no TypeScript loader and no runtime dependencies.
// The bundle is written to a temporary file and renamed, so that a CLI test (or a user) never
// runs a half-written bundle while another build is in progress.
import { build } from 'esbuild';
import { existsSync, mkdirSync, renameSync } from 'node:fs';

const entry = 'src/cli/main.ts';
const outfile = 'dist-cli/pchat-certs.mjs';
if (!existsSync(entry)) {
  console.log(`build-cli: ${entry} does not exist yet; skipped`);
} else {
  mkdirSync('dist-cli', { recursive: true });
  const temporary = `dist-cli/.pchat-certs.${process.pid}.mjs`;
  await build({
    entryPoints: [entry],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  renameSync(temporary, outfile);
}
