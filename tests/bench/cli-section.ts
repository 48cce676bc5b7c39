// Bench section "cli": wall time of the real, bundled `pchat-certs check` (process start,
// reading files, parsing, checking, rendering) for 20 and 200 servers with chains, the figure a
// runbook waits for. Files come from the test PKI, written once into a temp folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pkiNow } from '../support/pki/index.ts';
import { benchInputs } from './bench-servers.ts';
import { median } from './median.ts';
import { formatMs, type SectionResult } from './section.ts';

/** Server counts measured, and measured runs per count (after one warm-up run). */
export const settings = { sizes: [20, 200], runs: 5 };

const root = new URL('../../', import.meta.url).pathname;

/** One measured size: the median wall time of the whole command, and its exit code. */
interface CliTiming {
  readonly servers: number;
  readonly wallMs: number;
  readonly exitCode: number | null;
}

async function writeInputs(dir: string, size: number): Promise<string[]> {
  const inputs = await benchInputs(size);
  const reference = join(dir, 'reference.pem');
  writeFileSync(reference, inputs.reference);
  const args = ['check', '--reference', reference, '--at', pkiNow.toISOString()];
  for (const [index, server] of inputs.servers.entries()) {
    const file = join(dir, `server-${size}-${index}.pem`);
    writeFileSync(file, server.pem);
    args.push('--server', `${server.fqdn}=${file}`);
  }
  return [...args, '--format', 'json'];
}

/** Runs the section; returns plain data for bench.json and lines for the console table. */
export async function run(): Promise<SectionResult> {
  const build = spawnSync(process.execPath, ['src/cli/bundle-cli.mjs'], { cwd: root });
  if (build.status !== 0) throw new Error(`bundling the CLI failed: ${String(build.stderr)}`);
  const dir = mkdtempSync(join(tmpdir(), 'pchat-bench-cli-'));
  try {
    const timings: CliTiming[] = [];
    for (const size of settings.sizes) {
      const args = await writeInputs(dir, size);
      const walls: number[] = [];
      let exitCode: number | null = null;
      for (let run = 0; run <= settings.runs; run += 1) {
        const t0 = performance.now();
        const result = spawnSync(process.execPath, ['src/cli/pchat-certs.mjs', ...args], {
          cwd: root,
          maxBuffer: 64 * 1024 * 1024,
        });
        const wall = performance.now() - t0;
        exitCode = result.status;
        if (run > 0) walls.push(wall);
      }
      timings.push({ servers: size, wallMs: median(walls), exitCode });
    }
    return {
      title: `pchat-certs check, whole command on Node ${process.version} (median of ${settings.runs} runs)`,
      table: [
        ['servers', 'wall time', 'exit code'],
        ...timings.map((t) => [String(t.servers), formatMs(t.wallMs), String(t.exitCode)]),
      ],
      data: { node: process.version, runs: settings.runs, timings },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
