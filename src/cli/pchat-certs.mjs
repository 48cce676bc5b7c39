#!/usr/bin/env node
// Launcher: the CLI itself is bundled into dist-cli/ by `npm install` (the prepare script).
// Node's own modules are read with process.getBuiltinModule, here and in the bundle, never by an
// ESM import (`import … from 'node:fs'`): that builds the module's whole namespace, and node:fs's
// alone loads its file streams, watchers and fs/promises, milliseconds of a run that checks one
// server. Node 20 releases before 20.16 lack it: it is provided here, as CommonJS's require.
if (!process.getBuiltinModule) {
  const { createRequire } = await import('node:module');
  process.getBuiltinModule = createRequire(import.meta.url);
}
const builtin = (name) => process.getBuiltinModule(name);

// Node 22.1 and later keep the compiled bundle in a code cache (in the system's temporary folder
// unless NODE_COMPILE_CACHE names another; NODE_DISABLE_COMPILE_CACHE turns it off), so that a
// runbook calling pchat-certs again does not compile it again. Node 20 has no such cache: the
// call is skipped there, and a cache that cannot be written is skipped by Node itself.
builtin('node:module').enableCompileCache?.();

const bundle = new URL('../../dist-cli/pchat-certs.mjs', import.meta.url);
try {
  await import(bundle.href);
} catch (cause) {
  // Looked for only when the import failed, so that a run does not pay for the look.
  const { fileURLToPath } = builtin('node:url');
  if (builtin('node:fs').existsSync(fileURLToPath(bundle))) throw cause;
  process.stderr.write(
    'pchat-certs is not built yet: run "npm install" (or "npm run build:cli") in its folder.\n',
  );
  process.exitCode = 2;
}
