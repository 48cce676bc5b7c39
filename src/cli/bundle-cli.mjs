// Bundles the CLI into dist-cli/ for Node 20 or later, so that `npx pchat-certs` and
// `npm install -g .` need no TypeScript loader and no runtime dependencies. Minified, and split
// at each dynamic import: the entry holds what every run needs, and the code only some inputs
// need (TLS, the request reader, the schema parser, the snippet, each language's strings) is a
// file of its own that Node reads only then. The entry is one file: the lazy parts that share
// core modules with it (the schema parser, the request reader and check, the bundle reader) are
// bundled apart, each with its own copy of the few pure core modules it shares (no state, no
// classes), since one build would put each shared module in a file of its own that every run
// reads too.
// Files are named by their content and written before the entry, which is renamed into place
// last, so that a CLI test (or a user) never runs a half-written bundle while another build is in
// progress; files no build refers to any more are removed afterwards.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const entry = 'src/cli/main.ts';
const outdir = 'dist-cli';
const entryName = 'pchat-certs';
/** What a module with state or identity has at its top level: variables, classes, collections. */
const stateful = /^(export )?(let|var|class) |new (Map|WeakMap|Set|WeakSet)\b|Symbol\(/m;

/** Lazy parts bundled apart from the entry (see above), by their source. */
const apart = [
  'src/lib/cert/x509-adapter.ts',
  'src/lib/cert/request-reader.ts',
  'src/lib/cert/check-request.ts',
  'src/lib/cert/bundle/read-bundle.ts',
];

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
    const options = {
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
    };
    const lazy = await build({
      ...options,
      entryPoints: apart,
      entryNames: 'lazy-[name]-[hash]',
      plugins: [builtinModules],
    });
    /** Each part's file, by the absolute path of its source. */
    const fileOf = new Map(
      Object.entries(lazy.metafile.outputs)
        .filter(([, output]) => output.entryPoint !== undefined)
        .map(([path, output]) => [resolve(output.entryPoint ?? ''), `./${basename(path)}`]),
    );
    /** The entry's dynamic imports of the parts, to the parts' files. */
    const importApart = {
      name: 'import-apart',
      setup(build) {
        build.onResolve({ filter: /\.ts$/ }, (args) => {
          const file = fileOf.get(resolve(args.resolveDir, args.path));
          if (file === undefined) return undefined;
          if (args.kind !== 'dynamic-import') {
            return { errors: [{ text: `${args.path} is bundled apart: import it dynamically` }] };
          }
          return { path: file, external: true };
        });
      },
    };
    const result = await build({
      ...options,
      entryPoints: { [entryName]: entry },
      plugins: [rawText, builtinModules, jsonText, importApart],
    });
    // A module both builds hold is two modules at run time: only stateless ones may be.
    const inEntry = new Set(Object.keys(result.metafile.inputs));
    for (const source of Object.keys(lazy.metafile.inputs).filter((p) => inEntry.has(p))) {
      if (stateful.test(readFileSync(source, 'utf8'))) {
        throw new Error(`${source} holds state and is in the entry and a part bundled apart`);
      }
    }
    const written = [lazy, result].flatMap((r) =>
      Object.keys(r.metafile.outputs).map((path) => basename(path)),
    );
    const entryFile = `${entryName}.mjs`;
    for (const file of written.filter((name) => name !== entryFile)) {
      renameSync(join(temporary, file), join(outdir, file));
    }
    renameSync(join(temporary, entryFile), join(outdir, entryFile));
    const current = new Set(written);
    for (const file of readdirSync(outdir)) {
      if (/^(chunk|lazy)-/.test(file) && !current.has(file)) rmSync(join(outdir, file));
    }
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}
