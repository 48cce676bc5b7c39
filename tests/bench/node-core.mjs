// Bench section "node-core": parse + check time of the checker core on Node, for 20 and 200
// servers with chains. The TypeScript entry is bundled with esbuild into a temporary file,
// because plain Node cannot import the project's .ts sources (and must not need a loader).
import { withBundled } from '../support/with-bundled.mjs';

/** Server counts measured, and measured runs per count (after one warm-up run). */
export const settings = { sizes: [20, 200], runs: 7 };

/** Runs the section; returns plain data for bench.json and lines for the console table. */
export async function run() {
  return withBundled(new URL('./node-core-entry.ts', import.meta.url), async ({ measureCore }) => {
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
  });
}
