// Bench section "cli": wall time of the real, bundled `pchat-certs check` (process start,
// reading files, parsing, checking, rendering) for 20 and 200 servers with chains, the figure a
// runbook waits for; and, measured side by side in one run so that a busy machine slows both
// alike, one server against a bare `node -e 0` on the same Node (the project's and the system's
// Node 20), and 20 servers against 20 `openssl verify` runs of the same chains.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pkiNow } from '../support/pki/index.ts';
import { findNode20 } from '../cli/support/cli-process.ts';
import { benchInputs } from './bench-servers.ts';
import { ratioBudgets } from './budgets.ts';
import { median } from './median.ts';
import { formatMs, holds, type SectionResult } from './section.ts';

/** Server counts measured, and measured runs per count and per pair (after one warm-up run). */
export const settings = { sizes: [20, 200], runs: 5, pairRuns: 11 };

const root = new URL('../../', import.meta.url).pathname;
const cli = 'src/cli/pchat-certs.mjs';

/** One measured size: the median wall time of the whole command, and its exit code. */
interface CliTiming {
  readonly servers: number;
  readonly wallMs: number;
  readonly exitCode: number | null;
}

/** Two commands timed in turns: the medians, and the first over the second. */
export interface PairTiming {
  readonly what: string;
  readonly node: string;
  readonly ms: number;
  readonly baselineMs: number;
  readonly ratio: number;
  readonly budget: number;
}

/** The files of `size` servers with chains, and the check's arguments for them. */
interface Inputs {
  readonly reference: string;
  readonly servers: readonly { readonly fqdn: string; readonly file: string }[];
}

async function writeInputs(dir: string, size: number): Promise<Inputs> {
  const inputs = await benchInputs(size);
  const reference = join(dir, 'reference.pem');
  writeFileSync(reference, inputs.reference);
  const servers = inputs.servers.map((server, index) => {
    const file = join(dir, `server-${size}-${index}.pem`);
    writeFileSync(file, server.pem);
    return { fqdn: server.fqdn, file };
  });
  return { reference, servers };
}

const checkArgs = (inputs: Inputs, count: number, format: string): string[] => [
  'check',
  '--reference',
  inputs.reference,
  '--at',
  pkiNow.toISOString(),
  ...inputs.servers.slice(0, count).flatMap((s) => ['--server', `${s.fqdn}=${s.file}`]),
  '--format',
  format,
];

/** Milliseconds of one run of each command (run one after another), and the last exit code. */
function timed(commands: readonly (readonly [string, readonly string[]])[]): {
  ms: number;
  status: number | null;
} {
  const t0 = performance.now();
  let status: number | null = 0;
  for (const [file, args] of commands) {
    status = spawnSync(file, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 }).status;
  }
  return { ms: performance.now() - t0, status };
}

/** Times `measured` and `baseline` in turns, `settings.pairRuns` times after a warm-up turn. */
function pair(
  measured: readonly (readonly [string, readonly string[]])[],
  baseline: readonly (readonly [string, readonly string[]])[],
): { ms: number; baselineMs: number } {
  const ms: number[] = [];
  const baselineMs: number[] = [];
  for (let run = 0; run <= settings.pairRuns; run += 1) {
    const a = timed(measured).ms;
    const b = timed(baseline).ms;
    if (run > 0) {
      ms.push(a);
      baselineMs.push(b);
    }
  }
  return { ms: median(ms), baselineMs: median(baselineMs) };
}

const version = (node: string): string =>
  String(spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout).trim();

/** The side-by-side pairs: one server vs bare Node, per Node; 20 servers vs openssl verify. */
function pairs(inputs: Inputs): { timings: PairTiming[]; notes: string[] } {
  const notes: string[] = [];
  const nodes = [process.execPath, findNode20()].filter((n): n is string => n !== undefined);
  if (nodes.length === 1) notes.push('no system Node 20 found: measured on the project Node only');
  const timings: PairTiming[] = nodes.map((node) => {
    const one = pair([[node, [cli, ...checkArgs(inputs, 1, 'text')]]], [[node, ['-e', '0']]]);
    return {
      what: 'one server from files vs node -e 0',
      node: version(node),
      ...one,
      ratio: one.ms / one.baselineMs,
      budget: ratioBudgets.oneServerOverBareNode,
    };
  });
  const openssl = spawnSync('openssl', ['version'], { encoding: 'utf8' });
  if (openssl.status !== 0) {
    notes.push('openssl not found: 20 servers vs openssl verify not measured');
    return { timings, notes };
  }
  const at = String(Math.floor(pkiNow.getTime() / 1000));
  const verify = inputs.servers
    .slice(0, 20)
    .map(
      (s) =>
        [
          'openssl',
          ['verify', '-attime', at, '-CAfile', inputs.reference, '-untrusted', s.file, s.file],
        ] as const,
    );
  const twenty = pair([[process.execPath, [cli, ...checkArgs(inputs, 20, 'text')]]], verify);
  timings.push({
    what: '20 servers from files vs 20 openssl verify',
    node: process.version,
    ...twenty,
    ratio: twenty.ms / twenty.baselineMs,
    budget: ratioBudgets.twentyServersOverOpensslVerify,
  });
  notes.push(
    `side by side: each pair's commands run in turns, ${settings.pairRuns} times after a warm-up turn (which also fills Node's compile cache), medians; openssl verify checks each server's chain up to the reference's root (${openssl.stdout.trim()})`,
  );
  return { timings, notes };
}

/** Runs the section; returns plain data for bench.json and lines for the console table. */
export async function run(): Promise<SectionResult> {
  const build = spawnSync(process.execPath, ['src/cli/bundle-cli.mjs'], { cwd: root });
  if (build.status !== 0) throw new Error(`bundling the CLI failed: ${String(build.stderr)}`);
  const dir = mkdtempSync(join(tmpdir(), 'pchat-bench-cli-'));
  try {
    const timings: CliTiming[] = [];
    let first: Inputs | undefined;
    for (const size of settings.sizes) {
      const inputs = await writeInputs(dir, size);
      first ??= inputs;
      const args = checkArgs(inputs, size, 'json');
      const walls: number[] = [];
      let exitCode: number | null = null;
      for (let run = 0; run <= settings.runs; run += 1) {
        const result = timed([[process.execPath, [cli, ...args]]]);
        exitCode = result.status;
        if (run > 0) walls.push(result.ms);
      }
      timings.push({ servers: size, wallMs: median(walls), exitCode });
    }
    const side = first === undefined ? { timings: [], notes: [] } : pairs(first);
    return {
      title: `pchat-certs check, whole command on Node ${process.version} (median of ${settings.runs} runs)`,
      table: [
        ['measured', 'node', 'wall time', 'baseline', 'ratio', 'budget', 'verdict'],
        ...timings.map((t) => [
          `${t.servers} servers, json (exit ${String(t.exitCode)})`,
          process.version,
          formatMs(t.wallMs),
          '-',
          '-',
          '-',
          '-',
        ]),
        ...side.timings.map((p) => [
          p.what,
          p.node,
          formatMs(p.ms),
          formatMs(p.baselineMs),
          `${p.ratio.toFixed(2)}×`,
          `≤ ${p.budget.toFixed(2)}×`,
          holds(p.ratio <= p.budget),
        ]),
      ],
      notes: side.notes,
      data: {
        node: process.version,
        runs: settings.runs,
        timings,
        pairRuns: settings.pairRuns,
        pairs: side.timings,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
