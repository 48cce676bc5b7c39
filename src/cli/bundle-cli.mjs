// Bundles the CLI into one self-contained file that runs on Node 20 or later, so that
// `npx pchat-certs` and `npm install -g .` need no TypeScript loader and no runtime dependencies.
// The bundle is written to a temporary file and renamed, so that a CLI test (or a user) never
// runs a half-written bundle while another build is in progress.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

const entry = 'src/cli/main.ts';

/** `import text from './file?raw'`, as Vite reads it for the site: the file's text. */
const rawText = {
  name: 'raw-text',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: join(args.resolveDir, args.path.replace(/\?raw$/, '')),
      namespace: 'raw-text',
    }));
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};
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
    plugins: [rawText],
  });
  renameSync(temporary, outfile);
}
