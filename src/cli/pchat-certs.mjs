#!/usr/bin/env node
// Launcher: the CLI itself is bundled into dist-cli/ by `npm install` (the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../../dist-cli/pchat-certs.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'pchat-certs is not built yet: run "npm install" (or "npm run build:cli") in its folder.\n',
  );
  process.exit(2);
}
await import(bundle);
