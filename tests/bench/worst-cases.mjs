// Bench section "worst-cases": the crafted inputs of issue 9 part 1 and issue 25 through the real
// CLI bundle (dist-cli/), each input under the 1 MiB input cap; wall time (median of 3 runs)
// against the design's 2 s budget, the CPU time, and the signature checks the core makes for each
// (counted through its WebCrypto). `BENCH_WORST_ONLY=regexp` runs only the cases whose names match.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { withBundled } from '../support/with-bundled.mjs';

const runs = 3;
const budgetMs = 2000;
const timed = existsSync('/usr/bin/time');

/** The median of some numbers. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Runs the section. */
export async function run() {
  spawnSync(process.execPath, ['src/cli/bundle-cli.mjs'], { stdio: 'inherit' });
  return withBundled(
    new URL('./worst-cases-entry.ts', import.meta.url),
    async ({ makeWorstCases }, dir) => {
      const cases = await makeWorstCases(dir);
      const timings = cases.map((c) => {
        const args = ['dist-cli/pchat-certs.mjs', 'check', '--reference', c.reference];
        for (const server of c.servers) args.push('--server', `${server.fqdn}=${server.file}`);
        args.push('--at', '2026-06-01', '--format', 'json');
        const times = [];
        const cpu = [];
        let code = null;
        for (let i = 0; i < runs; i += 1) {
          const started = performance.now();
          // /usr/bin/time adds the CPU time: on a busy machine it tells more than the wall time.
          const result = timed
            ? spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], {
                stdio: ['ignore', 'ignore', 'pipe'],
                encoding: 'utf8',
              })
            : spawnSync(process.execPath, args, { stdio: 'ignore' });
          times.push(performance.now() - started);
          const [user, system] = (result.stderr ?? '').trim().split('\n').pop()?.split(' ') ?? [];
          cpu.push((Number(user) + Number(system)) * 1000);
          code = result.status;
        }
        return { ...c, cliMs: median(times), cpuMs: median(cpu), exitCode: code };
      });
      return {
        title: `Worst-case inputs (issues 9 and 25), pchat-certs on Node ${process.version}, median of ${runs}`,
        table: [
          [
            'input',
            'largest input, bytes',
            'signature checks',
            'exit',
            'CLI ms',
            'CLI CPU ms',
            `≤ ${budgetMs} ms`,
          ],
          ...timings.map((t) => [
            t.name,
            String(t.bytes),
            String(t.verifications),
            String(t.exitCode),
            t.cliMs.toFixed(0),
            Number.isNaN(t.cpuMs) ? '-' : t.cpuMs.toFixed(0),
            t.underCap ? (t.cliMs <= budgetMs ? 'holds' : 'FAILS') : 'over cap',
          ]),
        ],
        data: { budgetMs, timings },
      };
    },
  );
}
