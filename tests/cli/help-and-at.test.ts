// The real binary: --help, --version, --at, and the same run on the system's Node 20.
import { beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { ensureCliBuilt, findNode20, runCli } from './support/cli-process.ts';
import { writeFixtures, type CliFixtures } from './support/fixtures.ts';

let fx: CliFixtures;
beforeAll(async () => {
  ensureCliBuilt();
  fx = await writeFixtures();
});

const checkedAt = (at: string | undefined, file = 'pchat.pem', fqdn = 'pchat01.contoso.com') => {
  const run = runCli([
    'check',
    '--reference',
    fx.path('frontend.pem'),
    '--server',
    `${fqdn}=${fx.path(file)}`,
    '--format',
    'json',
    ...(at === undefined ? [] : ['--at', at]),
  ]);
  const json = run.stdout === '' ? undefined : (JSON.parse(run.stdout) as { checkedAt: string });
  return { code: run.code, checkedAt: json?.checkedAt };
};

describe('--help and --version', () => {
  it.each([
    { name: 'English', input: { args: ['--help'], env: {} }, want: 'Usage:' },
    { name: '-h after a command', input: { args: ['check', '-h'], env: {} }, want: 'Options:' },
    {
      name: 'German by --lang',
      input: { args: ['--help', '--lang', 'de'], env: {} },
      want: 'Server für beständigen Chat',
    },
    {
      name: 'Italian by LANG',
      input: { args: ['--help'], env: { LANG: 'it_IT.UTF-8' } },
      want: 'server Chat persistente',
    },
    {
      name: 'English for other locales',
      input: { args: ['-h'], env: { LC_ALL: 'fr_FR' } },
      want: 'Exit status:',
    },
    {
      name: 'German usage line in German (review C-1)',
      input: { args: ['--help', '--lang', 'de'], env: {} },
      want: '\n  SOURCE: FILE | - | tls:HOST:PORT (für --server auch tls:PORT)\n',
    },
    {
      name: 'Italian usage line in Italian (review C-1)',
      input: { args: ['--help', '--lang', 'it'], env: {} },
      want: '\n  SOURCE: FILE | - | tls:HOST:PORT (per --server anche tls:PORT)\n',
    },
    { name: 'version', input: { args: ['--version'], env: {} }, want: `${version}\n` },
  ])('$name', ({ input, want }) => {
    const run = runCli(input.args, { env: input.env });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout).toContain(want);
    expect(run.stdout.split('\n').filter((line) => line.length > 80)).toEqual([]);
  });
});

describe('--at', () => {
  it.each([
    {
      name: 'instant with Z',
      input: '2026-06-01T00:00:00Z',
      want: { code: 0, checkedAt: '2026-06-01T00:00:00.000Z' },
    },
    {
      name: 'offset is converted to UTC',
      input: '2026-06-01T02:30:00+02:00',
      want: { code: 0, checkedAt: '2026-06-01T00:30:00.000Z' },
    },
    {
      name: 'date is midnight UTC',
      input: '2026-06-01',
      want: { code: 0, checkedAt: '2026-06-01T00:00:00.000Z' },
    },
    {
      name: 'no offset is unusable',
      input: '2026-06-01T00:00:00',
      want: { code: 2, checkedAt: undefined },
    },
    { name: 'not a date is unusable', input: 'yesterday', want: { code: 2, checkedAt: undefined } },
  ])('$name', ({ input, want }) => {
    expect(checkedAt(input)).toEqual(want);
  });

  it.each([
    { name: 'an expired certificate fails after it expired', input: '2026-06-01', want: 1 },
    { name: 'and passes while it was valid', input: '2026-03-01', want: 0 },
  ])('$name', ({ input, want }) => {
    expect(checkedAt(input, 'expired.pem', 'pchat16.contoso.com').code).toBe(want);
  });

  it('defaults to now', () => {
    const before = Date.now();
    const result = checkedAt(undefined);
    const at = Date.parse(result.checkedAt ?? '');
    expect(at >= before - 1000 && at <= Date.now() + 1000).toBe(true);
  });
});

// The CLI promises Node 20: run it with a Node 20 binary when the machine has one.
const node20 = findNode20();

describe.skipIf(node20 === undefined)('on Node 20', () => {
  it.each([
    {
      name: 'pass',
      input: { file: 'pchat.pem', format: 'text' },
      want: { code: 0, text: '[PASS] pchat01.contoso.com' },
    },
    {
      name: 'json',
      input: { file: 'pchat.pem', format: 'json' },
      want: { code: 0, text: '"sameCa": "verified"' },
    },
    {
      name: 'fail',
      input: { file: 'ca2.pem', format: 'markdown' },
      want: { code: 1, text: '❌ FAIL' },
    },
    {
      name: 'PKCS#7',
      input: { file: 'pchat2.p7b', format: 'text' },
      want: { code: 1, text: '(hostname)' },
    },
    {
      name: 'private key',
      input: { file: 'key.pem', format: 'text' },
      want: { code: 2, text: '' },
    },
  ])('$name', ({ input, want }) => {
    const run = runCli(
      [
        'check',
        '--reference',
        fx.path('frontend.pem'),
        '--server',
        `pchat01.contoso.com=${fx.path(input.file)}`,
        '--at',
        fx.now,
        '--format',
        input.format,
      ],
      { node: node20 ?? '' },
    );
    expect(run.code).toBe(want.code);
    expect(run.stdout).toContain(want.text);
    if (want.code === 2) expect(run.stderr).toContain('This input contains a private key');
  });
});
