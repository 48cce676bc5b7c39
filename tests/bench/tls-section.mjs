// Bench section "tls": wall time of the real CLI for 20 servers whose chains it fetches from
// loopback TLS servers, beside the same check on the same chains read from files. The servers run
// in this process; the CLI is a child process, as a user runs it. The TypeScript entry is bundled
// with esbuild first, as in node-core.mjs.
import { spawnSync } from 'node:child_process';
import { withBundled } from '../support/with-bundled.mjs';

/** Servers per run, measured runs (after one warm-up run), and CAs one hostile server adds. */
export const settings = { servers: 20, runs: 5, impostors: 200 };

/** Runs the section; returns plain data for bench.json and lines for the console table. */
export async function run() {
  // The CLI bundle must be the current code.
  spawnSync(process.execPath, ['src/cli/bundle-cli.mjs'], { stdio: 'inherit' });
  const entry = new URL('./tls-bench-entry.ts', import.meta.url);
  return withBundled(entry, async ({ measureTls, measurePresented }) => {
    const timings = [
      ...(await measureTls(settings.servers, settings.runs)),
      // Issue 25: every certificate presented is kept, so a server can hand the check as many
      // candidate issuers as one TLS Certificate message holds.
      ...(await measurePresented(settings.impostors, settings.runs)),
    ];
    const rows = timings.map((t) => [
      t.source === 'tls' ? 'fetched over TLS (loopback)' : 'exported files',
      String(t.servers),
      String(t.certificates),
      t.wallMs.toFixed(0),
      String(t.exitCode),
    ]);
    return {
      title: `pchat-certs check, wall time on Node ${process.version} (median of ${settings.runs} runs)`,
      table: [['certificates from', 'servers', 'certificates each', 'wall ms', 'exit'], ...rows],
      data: { node: process.version, runs: settings.runs, timings },
    };
  });
}
