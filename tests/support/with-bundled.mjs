// The bench and fuzz scripts run on plain Node, their entries are TypeScript: esbuild bundles one
// entry into a temporary folder, the caller works with the module (and may write its own files
// into the folder), and the folder goes away however the work ends.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bundles the TypeScript entry at `entry` (a file URL), then runs `work(module, folder)`. */
export async function withBundled(entry, work) {
  const dir = mkdtempSync(join(tmpdir(), 'pchat-bundle-'));
  try {
    const outfile = join(dir, 'entry.mjs');
    await build({
      entryPoints: [fileURLToPath(entry)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
    return await work(await import(pathToFileURL(outfile).href), dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
