// The long hostile-input run (`npm run fuzz -- --count 100000 [--seed N] [--cli-every K]`): every
// input through the core, every K-th also through the real CLI bundle for its exit status (and a
// presented chain also over TLS, where it must give what its file gives); prints counts of
// crashes, hangs, wrong exit codes and TLS differences, the slowest input and peak memory.
// Findings are written to fuzz-findings/ as files named by seed and index, to replay them.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCore } from './core-oracle.ts';
import { hostileInput, type HostileInput } from './hostile-inputs.ts';
import { fuzzMaterial, type FuzzMaterial } from './material.ts';
import { tlsAgrees } from './tls-oracle.ts';

/** Options of one run. */
export interface FuzzOptions {
  readonly count: number;
  readonly seed: number;
  /** Every how many inputs the CLI runs too; 0 for never. */
  readonly cliEvery: number;
  /** An input taking more CPU time than this (core or CLI) is a hang. */
  readonly hangMs: number;
  readonly cliBundle: string;
  readonly craftedSize: number;
}

/** One CLI run's exit status, wall and CPU time, and peak memory (KB), through /usr/bin/time. */
function runCli(
  args: string[],
  timeoutMs: number,
): Promise<{ code: number | null; ms: number; cpuMs: number; kb: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const [kb = 0, user = 0, system = 0] = (/(\d+) ([\d.]+) ([\d.]+)\s*$/.exec(stderr) ?? [])
        .slice(1)
        .map(Number);
      // /usr/bin/time reports the child's status as its own; it says so on a signal.
      resolve({
        code: /Command terminated by signal/.test(stderr) ? null : code,
        ms: performance.now() - started,
        cpuMs: (user + system) * 1000,
        kb,
      });
    });
  });
}

/** Runs the fuzz campaign and prints its summary. */
export async function fuzz(options: FuzzOptions): Promise<void> {
  const m: FuzzMaterial = await fuzzMaterial(options.craftedSize);
  const dir = mkdtempSync(join(tmpdir(), 'pchat-fuzz-'));
  const findingsDir = 'fuzz-findings';
  writeFileSync(join(dir, 'reference.pem'), m.reference);
  writeFileSync(join(dir, 'server.pem'), m.server.input);
  const counts = {
    ...{ inputs: 0, crashes: 0, hangs: 0, cliRuns: 0, wrongExit: 0, cliHangs: 0 },
    ...{ tlsRuns: 0, tlsSkipped: 0, tlsDiffer: 0 },
  };
  const byKind = new Map<string, { n: number; cpuMs: number; max: number }>();
  let slowest = { cpuMs: 0, ms: 0, label: '' };
  let slowestCli = { cpuMs: 0, ms: 0, label: '' };
  let peakCliKb = 0;
  const started = performance.now();
  const save = (input: HostileInput, why: string): void => {
    mkdirSync(findingsDir, { recursive: true });
    const name = `seed-${options.seed}-input-${input.index}-${input.kind}`;
    writeFileSync(join(findingsDir, `${name}.bin`), input.bytes);
    writeFileSync(join(findingsDir, `${name}.txt`), `${input.role}\n${why}\n`);
  };
  const pending: Promise<void>[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const input = hostileInput(options.seed, index, m);
    const outcome = await runCore(input, m);
    counts.inputs += 1;
    const stats = byKind.get(input.kind) ?? { n: 0, cpuMs: 0, max: 0 };
    byKind.set(input.kind, {
      n: stats.n + 1,
      cpuMs: stats.cpuMs + outcome.cpuMs,
      max: Math.max(stats.max, outcome.cpuMs),
    });
    const label = `#${index} ${input.kind} (${input.role}, ${input.bytes.length} bytes)`;
    if (outcome.cpuMs > slowest.cpuMs) slowest = { cpuMs: outcome.cpuMs, ms: outcome.ms, label };
    if (outcome.crash) {
      counts.crashes += 1;
      save(input, outcome.crash);
    }
    if (outcome.cpuMs > options.hangMs) {
      counts.hangs += 1;
      save(input, `core took ${outcome.cpuMs.toFixed(0)} ms of CPU (${outcome.ms.toFixed(0)} ms)`);
    }
    if (options.cliEvery > 0 && index % options.cliEvery === 0) {
      const file = join(dir, `input-${index}.bin`);
      writeFileSync(file, input.bytes);
      const [reference, server] =
        input.role === 'reference'
          ? [file, join(dir, 'server.pem')]
          : [join(dir, 'reference.pem'), file];
      const args = [
        options.cliBundle,
        'check',
        '--reference',
        reference,
        '--server',
        `${m.server.fqdn}=${server}`,
        '--at',
        m.now.toISOString(),
        '--format',
        'json',
      ];
      // A busy machine stretches wall time many times over: only CPU time says "hang", and
      // the process is killed only when it runs for a minute.
      const overTls =
        input.keyPem !== undefined && input.role === 'server'
          ? tlsAgrees(new TextDecoder().decode(input.bytes), input.keyPem, file, {
              cliBundle: options.cliBundle,
              reference: join(dir, 'reference.pem'),
              fqdn: m.server.fqdn,
              at: m.now.toISOString(),
            })
          : Promise.resolve(null);
      const compared = overTls.then((verdict) => {
        if (verdict === null) return;
        counts.tlsRuns += 1;
        if (verdict.kind === 'skipped') counts.tlsSkipped += 1;
        if (verdict.kind === 'differ') {
          counts.tlsDiffer += 1;
          save(input, verdict.why);
        }
      });
      const run = Promise.all([runCli(args, 60_000), compared]).then(([cli]) => {
        counts.cliRuns += 1;
        peakCliKb = Math.max(peakCliKb, cli.kb);
        if (cli.cpuMs > slowestCli.cpuMs) slowestCli = { cpuMs: cli.cpuMs, ms: cli.ms, label };
        if (cli.code === null || cli.cpuMs > options.hangMs) {
          counts.cliHangs += 1;
          save(input, `CLI: ${cli.cpuMs.toFixed(0)} ms of CPU, ${cli.ms.toFixed(0)} ms`);
        }
        if (cli.code !== null && cli.code !== outcome.exitCode) {
          counts.wrongExit += 1;
          save(input, `CLI exit ${cli.code}, core says ${outcome.exitCode}`);
        }
        rmSync(file, { force: true });
      });
      pending.push(run);
      // Two CLI processes at a time: the machine has two cores.
      if (pending.length >= 2) await pending.shift();
    }
    if (index > 0 && index % 5000 === 0)
      console.log(
        `${index} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s, crashes ${counts.crashes}, hangs ${counts.hangs}, wrong exits ${counts.wrongExit}`,
      );
  }
  await Promise.all(pending);
  rmSync(dir, { recursive: true, force: true });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\nFuzz run: seed ${options.seed}, ${counts.inputs} inputs in ${seconds.toFixed(0)} s`,
  );
  console.log(`crashes: ${counts.crashes}`);
  console.log(`hangs (core over ${options.hangMs} ms of CPU): ${counts.hangs}`);
  console.log(
    `CLI runs: ${counts.cliRuns}, wrong exit codes: ${counts.wrongExit}, CLI hangs (over ${options.hangMs} ms of CPU, or killed after 60 s): ${counts.cliHangs}`,
  );
  console.log(
    `presented chains over TLS: ${counts.tlsRuns} (${counts.tlsSkipped} not servable), differing from their file: ${counts.tlsDiffer}`,
  );
  const timing = (t: { cpuMs: number; ms: number; label: string }): string =>
    `${t.cpuMs.toFixed(0)} ms CPU (${t.ms.toFixed(0)} ms wall), ${t.label}`;
  console.log(`slowest input, core: ${timing(slowest)}`);
  console.log(`slowest input, CLI process: ${timing(slowestCli)}`);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `peak memory: fuzz process (core) ${peakMb.toFixed(0)} MB, CLI ${(peakCliKb / 1024).toFixed(0)} MB (max RSS)`,
  );
  console.log('\nkind                 inputs  mean CPU ms  max CPU ms');
  for (const [kind, s] of [...byKind].sort())
    console.log(
      `${kind.padEnd(20)} ${String(s.n).padStart(6)} ${(s.cpuMs / s.n).toFixed(1).padStart(12)} ${s.max.toFixed(0).padStart(11)}`,
    );
  if (counts.crashes + counts.hangs + counts.wrongExit + counts.cliHangs + counts.tlsDiffer > 0) {
    console.log(`\nFindings written to ${findingsDir}/`);
    process.exitCode = 1;
  }
}
