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

/**
 * `import { open } from 'node:fs'` as `process.getBuiltinModule('node:fs').open`. Node answers an
 * ESM import of one of its modules with the module's whole namespace, which runs every lazy
 * property: node:fs's alone loads its file streams, watchers and fs/promises, and node:util's its
 * diff, colour and worker code, milliseconds of a run that checks one server; esbuild's CommonJS
 * interop reads every property's descriptor, which runs them too. So each importer gets a module
 * that reads only the names it imports (found in its import statement: a name missed there fails
 * the build as a missing export). The launcher provides process.getBuiltinModule on the Node 20
 * releases that predate it (before 20.16).
 */
const builtinModules = {
  name: 'builtin-modules',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) => {
      const source = readFileSync(args.importer, 'utf8');
      const names = new Set();
      const from = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*['"]${args.path}['"]`, 'g');
      for (const [, list = ''] of source.matchAll(from)) {
        for (const item of list.split(',')) {
          const [name] = item.trim().split(/\s+as\s+/);
          if (name && !name.startsWith('type ')) names.add(name);
        }
      }
      return { path: `${args.path}?${[...names].join(',')}`, namespace: 'builtin' };
    });
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => {
      const [id = '', list = ''] = args.path.split('?');
      const names = list === '' ? [] : list.split(',');
      return {
        contents: [
          `const m = process.getBuiltinModule(${JSON.stringify(id)});`,
          'export default m;',
          ...names.map((name) => `export const ${name} = m.${name};`),
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

/**
 * A JSON file (the strings) as `JSON.parse('…')`: V8 reads JSON text faster than it evaluates the
 * same data as an object literal, and a language's strings are hundreds of properties.
 */
const jsonText = {
  name: 'json-text',
  setup(build) {
    build.onLoad({ filter: /[\\/]locales[\\/].*\.json$/ }, (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))))});`,
      loader: 'js',
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
      plugins: [rawText, builtinModules, jsonText],
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
