// Bench section "worst-cases": the crafted inputs of issue 9 part 1 through the real CLI bundle
// (dist-cli/), each under the 1 MiB input cap; wall time (median of 3 runs) against the design's
// 2 s budget, and the signature checks the core makes for each (counted through its WebCrypto).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const runs = 3;
const budgetMs = 2000;

/** Runs the section. */
export async function run() {
  spawnSync(process.execPath, ['src/cli/bundle-cli.mjs'], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'pchat-worst-'));
  try {
    const outfile = join(dir, 'worst-cases.mjs');
    await build({
      entryPoints: [new URL('./worst-cases-entry.ts', import.meta.url).pathname],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
    const { makeWorstCases } = await import(pathToFileURL(outfile).href);
    const cases = await makeWorstCases(dir);
    const timings = cases.map((c) => {
      const args = ['dist-cli/pchat-certs.mjs', 'check', '--reference', c.reference];
      args.push('--server', `${c.fqdn}=${c.server}`, '--at', '2026-06-01', '--format', 'json');
      const times = [];
      let code = null;
      for (let i = 0; i < runs; i += 1) {
        const started = performance.now();
        code = spawnSync(process.execPath, args, { stdio: 'ignore' }).status;
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      return { ...c, cliMs: times[Math.floor(runs / 2)], exitCode: code };
    });
    return {
      title: `Worst-case inputs (issue 9), pchat-certs on Node ${process.version}, median of ${runs}`,
      table: [
        ['input', 'bytes', 'signature checks', 'exit', 'CLI ms', `≤ ${budgetMs} ms`],
        ...timings.map((t) => [
          t.name,
          String(t.bytes),
          String(t.verifications),
          String(t.exitCode),
          t.cliMs.toFixed(0),
          t.underCap ? (t.cliMs <= budgetMs ? 'holds' : 'FAILS') : 'over cap',
        ]),
      ],
      data: { budgetMs, timings },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
