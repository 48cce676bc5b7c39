// Bundles the CLI into dist-cli/ for Node 20 or later, so that `npx pchat-certs` and
// `npm install -g .` need no TypeScript loader and no runtime dependencies. Minified, and split
// at each dynamic import: the entry holds what every run needs, and the code only some inputs
// need (TLS, the request reader, the snippet) is a chunk of its own that Node reads only then.
// Chunks are named by their content and written before the entry, which is renamed into place
// last, so that a CLI test (or a user) never runs a half-written bundle while another build is in
// progress; chunks no build refers to any more are removed afterwards.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

const entry = 'src/cli/main.ts';
const outdir = 'dist-cli';
const entryName = 'pchat-certs';

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

if (!existsSync(entry)) {
  console.log(`build-cli: ${entry} does not exist yet; skipped`);
} else {
  mkdirSync(outdir, { recursive: true });
  const temporary = join(outdir, `.build-${process.pid}`);
  rmSync(temporary, { recursive: true, force: true });
  try {
    const result = await build({
      entryPoints: { [entryName]: entry },
      outdir: temporary,
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunk-[hash]',
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      minify: true,
      sourcemap: false,
      legalComments: 'none',
      logLevel: 'warning',
      metafile: true,
      plugins: [rawText],
    });
    const written = Object.keys(result.metafile.outputs).map((path) => basename(path));
    const entryFile = `${entryName}.mjs`;
    for (const file of written.filter((name) => name !== entryFile)) {
      renameSync(join(temporary, file), join(outdir, file));
    }
    renameSync(join(temporary, entryFile), join(outdir, entryFile));
    const current = new Set(written);
    for (const file of readdirSync(outdir)) {
      if (file.startsWith('chunk-') && !current.has(file)) rmSync(join(outdir, file));
    }
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}
