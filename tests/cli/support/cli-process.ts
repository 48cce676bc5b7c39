// Runs the real, bundled CLI as a child process. The bundle is rebuilt first when any source
// is newer, so `vitest` alone tests the current code (npm test builds it beforehand anyway).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const bundle = join(root, 'dist-cli', 'pchat-certs.mjs');

/** What one CLI run produced. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

/** Builds dist-cli/pchat-certs.mjs unless it is newer than every source it bundles. */
export function ensureCliBuilt(): void {
  const built = statSync(bundle, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = ['src', 'locales', 'package.json'].map((p) => newestMtime(join(root, p)));
  if (built > Math.max(...sources)) return;
  const result = spawnSync(process.execPath, ['src/cli/bundle-cli.mjs'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build-cli failed: ${result.stderr}`);
}

/** Runs `node src/cli/pchat-certs.mjs …` with a clean locale environment unless `env` says more. */
export function runCli(
  args: readonly string[],
  options: { stdin?: string | Uint8Array; env?: Record<string, string>; node?: string } = {},
): CliRun {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(LANG|LC_.*|NO_COLOR|FORCE_COLOR)$/.test(key)) env[key] = value;
  }
  const result = spawnSync(options.node ?? process.execPath, ['src/cli/pchat-certs.mjs', ...args], {
    cwd: root,
    env: { ...env, ...options.env },
    input: options.stdin ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A Node 20 binary of the machine (the oldest Node the CLI promises), if it has one. */
export function findNode20(): string | undefined {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node', '/bin/node']) {
    if (!existsSync(candidate)) continue;
    const found = execFileSync(candidate, ['--version'], { encoding: 'utf8' });
    if (found.startsWith('v20.')) return candidate;
  }
  return undefined;
}

/** Like runCli, without blocking this process (whose own servers must answer the CLI). */
export function runCliAsync(
  args: readonly string[],
  options: {
    env?: Record<string, string>;
    node?: string;
    nodeOptions?: readonly string[];
    stdin?: string | Uint8Array;
  } = {},
): Promise<CliRun> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(LANG|LC_.*|NO_COLOR|FORCE_COLOR)$/.test(key)) env[key] = value;
  }
  const child = spawn(
    options.node ?? process.execPath,
    [...(options.nodeOptions ?? []), 'src/cli/pchat-certs.mjs', ...args],
    { cwd: root, env: { ...env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  child.stdin.end(options.stdin ?? '');
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill(), 30_000);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
