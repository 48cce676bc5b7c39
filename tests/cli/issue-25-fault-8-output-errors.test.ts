// Issue 25, fault 8: output that cannot be written ended in an unhandled EPIPE or ENOSPC with a
// Node stack trace and exit 1, which reads as "a server fails". A closed pipe (`| head -1`) now
// ends quietly with 141, as a Unix tool that SIGPIPE ends; a failed write (/dev/full gives
// ENOSPC) gives one localized line on standard error and exit 2.
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureCliBuilt, type CliRun } from './support/cli-process.ts';
import { writeFixtures, type CliFixtures } from './support/fixtures.ts';

// Each test runs the real CLI in a child process; a busy machine makes that slow.
vi.setConfig({ testTimeout: 60_000 });

const root = join(import.meta.dirname, '..', '..');
let fx: CliFixtures;
let devFull: number;

beforeAll(async () => {
  ensureCliBuilt();
  fx = await writeFixtures();
  devFull = openSync('/dev/full', 'w');
});
afterAll(() => {
  closeSync(devFull);
});

// A report far larger than a pipe's buffer (64 KiB): `head -1` closes the pipe while the CLI
// still writes it, whatever the timing.
const bigCheck = (format: string): string[] => [
  'check',
  '--reference',
  fx.path('frontend.pem'),
  ...Array.from({ length: 150 }, () => [
    '--server',
    `pchat01.contoso.com=${fx.path('pchat.pem')}`,
  ]).flat(),
  '--at',
  fx.now,
  '--format',
  format,
];

const cleanEnv = (): Record<string, string> =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && !/^(LANG|LC_.*|NO_COLOR|FORCE_COLOR)$/.test(entry[0]),
    ),
  );

/** Runs `pchat-certs ARGS | head -1` in bash: the CLI's status and standard error. */
function throughHead(args: readonly string[]): Promise<CliRun> {
  const script = `"${process.execPath}" src/cli/pchat-certs.mjs "$@" | head -1 >/dev/null; exit "\${PIPESTATUS[0]}"`;
  return collect(spawn('bash', ['-c', script, 'bash', ...args], { cwd: root, env: cleanEnv() }));
}

/** Runs the CLI with standard output (or error) on /dev/full, where every write fails. */
function intoFullDevice(args: readonly string[], stream: 'stdout' | 'stderr'): Promise<CliRun> {
  const stdio = stream === 'stdout' ? ['pipe', devFull, 'pipe'] : ['pipe', 'pipe', devFull];
  return collect(
    spawn(process.execPath, ['src/cli/pchat-certs.mjs', ...args], {
      cwd: root,
      env: cleanEnv(),
      stdio: stdio as ['pipe', number | 'pipe', number | 'pipe'],
    }),
  );
}

function collect(child: ReturnType<typeof spawn>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdin?.end();
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('issue 25 fault 8: a closed pipe ends quietly', () => {
  it.each([
    { name: 'text report | head -1', input: 'text', want: { code: 141, stderr: '' } },
    { name: 'JSON report | head -1', input: 'json', want: { code: 141, stderr: '' } },
    { name: 'Markdown report | head -1', input: 'markdown', want: { code: 141, stderr: '' } },
  ])('$name', async ({ input, want }) => {
    const run = await throughHead(bigCheck(input));
    expect({ code: run.code, stderr: run.stderr }).toEqual(want);
  });
});

describe('issue 25 fault 8: a failed write is said in one line, exit 2', () => {
  const check = (): string[] => [
    'check',
    '--reference',
    fx.path('frontend.pem'),
    '--server',
    `pchat01.contoso.com=${fx.path('pchat.pem')}`,
    '--at',
    fx.now,
  ];
  it.each([
    {
      name: 'report on a full device',
      input: { args: [], stream: 'stdout' as const },
      want: 'pchat-certs: Standard output cannot be written (ENOSPC): the output is missing or incomplete.\n',
    },
    {
      name: 'report on a full device, in German',
      input: { args: ['--lang', 'de'], stream: 'stdout' as const },
      want: 'pchat-certs: Die Standardausgabe kann nicht geschrieben werden (ENOSPC): Die Ausgabe fehlt oder ist unvollständig.\n',
    },
    {
      name: 'report on a full device, in Italian',
      input: { args: ['--lang', 'it'], stream: 'stdout' as const },
      want: "pchat-certs: Impossibile scrivere nell'output standard (ENOSPC): l'output è mancante o incompleto.\n",
    },
    {
      name: 'standard error on a full device: nothing left to say it on',
      input: { args: ['--format', 'xml'], stream: 'stderr' as const },
      want: '',
    },
  ])('$name', async ({ input, want }) => {
    const run = await intoFullDevice([...check(), ...input.args], input.stream);
    expect(run).toEqual({ code: 2, stdout: '', stderr: want });
  });

  it('--help on a full device', async () => {
    const run = await intoFullDevice(['--help'], 'stdout');
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toEqual([
      'pchat-certs: Standard output cannot be written (ENOSPC): the output is missing or incomplete.',
      '',
    ]);
  });
});
