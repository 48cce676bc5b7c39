#!/usr/bin/env node
// Launcher: the CLI itself is bundled into dist-cli/ by `npm install` (the prepare script).
import module from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Node 22.1 and later keep the compiled bundle in a code cache (in the system's temporary folder
// unless NODE_COMPILE_CACHE names another; NODE_DISABLE_COMPILE_CACHE turns it off), so that a
// runbook calling pchat-certs again does not compile it again. Node 20 has no such cache: the
// call is skipped there, and a cache that cannot be written is skipped by Node itself.
module.enableCompileCache?.();

const bundle = fileURLToPath(new URL('../../dist-cli/pchat-certs.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'pchat-certs is not built yet: run "npm install" (or "npm run build:cli") in its folder.\n',
  );
  process.exit(2);
}
await import(bundle);
