// Bench section "node-core": parse + check time of the checker core on Node, for 20 and 200
// servers with chains. The TypeScript entry is bundled with esbuild into a temporary file,
// because plain Node cannot import the project's .ts sources (and must not need a loader).
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Server counts measured, and measured runs per count (after one warm-up run). */
export const settings = { sizes: [20, 200], runs: 7 };

/** Runs the section; returns plain data for bench.json and lines for the console table. */
export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'pchat-bench-'));
  try {
    const outfile = join(dir, 'node-core.mjs');
    await build({
      entryPoints: [new URL('./node-core-entry.ts', import.meta.url).pathname],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
    const { measureCore } = await import(pathToFileURL(outfile).href);
    const timings = await measureCore(settings.sizes, settings.runs);
    const rows = timings.map((t) => [
      String(t.servers),
      t.parseMs.toFixed(1),
      t.checkMs.toFixed(1),
      (t.checkMs / t.servers).toFixed(2),
      t.verdict,
    ]);
    return {
      title: `Checker core on Node ${process.version} (median of ${settings.runs} runs)`,
      table: [['servers', 'parse ms', 'check ms', 'check ms/server', 'verdict'], ...rows],
      data: { node: process.version, runs: settings.runs, timings },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
