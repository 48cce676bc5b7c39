// Bench section "build": a cold production build of the site, timed, into its own directory so
// that the tests' dist/ (which other work in this tree may be using) is left alone.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { formatMs, type BenchContext, type SectionResult } from './section.ts';

/** Design.md's budget is "on 2 cores": the build is pinned to two when more are present. */
const budgetCores = 2;

function pinned(command: string[]): string[] {
  const pin = availableParallelism() > budgetCores && existsSync('/usr/bin/taskset');
  return pin ? ['taskset', '-c', `0-${budgetCores - 1}`, ...command] : command;
}

function runBuild(outDir: string): Promise<number> {
  // --force drops Astro's content cache: a cold build, as on a fresh CI runner.
  const [file = 'npx', ...args] = pinned([
    'node_modules/.bin/astro',
    'build',
    '--force',
    '--outDir',
    outDir,
  ]);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve(performance.now() - started);
      else reject(new Error(`astro build exited with ${String(code)}`));
    });
  });
}

/** Deletes the bench's build directory, builds into it, and reports the wall time. */
export async function run(context: BenchContext): Promise<SectionResult> {
  rmSync(context.root, { recursive: true, force: true });
  const ms = await runBuild(context.root);
  const cores = Math.min(availableParallelism(), budgetCores);
  return {
    title: `Cold production build (astro build --force, ${cores} cores)`,
    table: [
      ['build', 'wall time'],
      [`astro build → ${context.root}/`, formatMs(ms)],
    ],
    data: { ms, cores, outDir: context.root },
  };
}
