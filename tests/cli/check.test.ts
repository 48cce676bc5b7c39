// The real binary: verdicts, exit codes 0 and 1, formats, input encodings, stdin and languages.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, runCli } from './support/cli-process.ts';
import { writeFixtures, type CliFixtures } from './support/fixtures.ts';

let fx: CliFixtures;
beforeAll(async () => {
  ensureCliBuilt();
  fx = await writeFixtures();
});

const check = (servers: readonly string[], ...extra: string[]): string[] => [
  'check',
  '--reference',
  fx.path('frontend.pem'),
  ...servers.flatMap((s) => ['--server', s.replace(/=(.*)$/, (_, f: string) => `=${fx.path(f)}`)]),
  '--at',
  fx.now,
  ...extra,
];

describe('exit status and verdict', () => {
  it.each([
    {
      name: 'same CA passes',
      input: ['pchat01.contoso.com=pchat.pem'],
      want: { code: 0, line: '[PASS] pchat01.contoso.com' },
    },
    {
      name: 'DER input',
      input: ['pchat01.contoso.com=pchat.der'],
      want: { code: 0, line: '[PASS] pchat01.contoso.com' },
    },
    {
      name: 'PKCS#7 bundle',
      input: ['pchat02.contoso.com=pchat2.p7b'],
      want: { code: 0, line: '[PASS] pchat02.contoso.com' },
    },
    {
      name: 'UTF-16 with BOM',
      input: ['pchat02.contoso.com=pchat2-utf16.pem'],
      want: { code: 0, line: '[PASS] pchat02.contoso.com' },
    },
    {
      name: 'warning still exits 0',
      input: ['pchat18.contoso.com=expiring.pem'],
      want: { code: 0, line: '[WARNING] pchat18.contoso.com' },
    },
    {
      name: 'different CA exits 1',
      input: ['pchat04.contoso.com=ca2.pem'],
      want: { code: 1, line: '[FAIL] pchat04.contoso.com' },
    },
    {
      name: 'wrong FQDN exits 1',
      input: ['pchat14.contoso.com=mismatch.pem'],
      want: { code: 1, line: '[FAIL] pchat14.contoso.com' },
    },
    {
      name: 'one failing server of two exits 1',
      input: ['pchat01.contoso.com=pchat.pem', 'pchat04.contoso.com=ca2.pem'],
      want: { code: 1, line: '[PASS] pchat01.contoso.com' },
    },
  ])('$name', ({ input, want }) => {
    const run = runCli(check(input));
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: want.code, stderr: '' });
    expect(run.stdout).toContain(want.line);
    expect(run.stdout.split('\n').filter((line) => line.length > 80)).toEqual([]);
  });
});

describe('certificates Windows refuses fail, with the reason', () => {
  it.each([
    {
      name: 'unknown critical extension, named by its OID',
      input: 'pchat32.contoso.com=unknown-critical.pem',
      want: { id: 'extensions', status: 'fail', says: '1.3.6.1.4.1.55738.666.1' },
    },
    {
      name: 'CA certificate given as the server certificate',
      input: 'pchat40.contoso.com=ca-as-server.pem',
      want: { id: 'end-entity', status: 'fail', says: 'certification authority (CA)' },
    },
  ])('$name', ({ input, want }) => {
    const run = runCli(check([input], '--format', 'json'));
    const json = JSON.parse(run.stdout) as {
      servers: { verdict: string; checks: { id: string; status: string; message: string }[] }[];
    };
    const found = json.servers[0]?.checks.find((c) => c.id === want.id);
    expect([run.code, json.servers[0]?.verdict, found?.status]).toEqual([1, 'fail', want.status]);
    expect(found?.message).toContain(want.says);
  });

  it('says the same in the text report, in German', () => {
    const run = runCli(check(['pchat32.contoso.com=unknown-critical.pem'], '--lang', 'de'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Erweiterungen');
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('1.3.6.1.4.1.55738.666.1');
  });
});

describe('--format json follows the contract', () => {
  it('has the contract fields, in order, as typed', () => {
    const run = runCli(
      check(['PChat01.Contoso.com=pchat.pem', 'pchat04.contoso.com=ca2.pem'], '--format', 'json'),
    );
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as Record<string, unknown> & {
      servers: {
        fqdn: string;
        verdict: string;
        sameCa: string;
        certificate: Record<string, string>;
        checks: { id: string; status: string; message: string }[];
      }[];
      referenceCas: unknown[];
    };
    expect(json).toMatchObject({
      verdict: 'fail',
      checkedAt: fx.now,
      referenceCa: json.referenceCas[0],
    });
    expect(json.servers.map((s) => [s.fqdn, s.verdict, s.sameCa])).toEqual([
      ['PChat01.Contoso.com', 'pass', 'verified'],
      ['pchat04.contoso.com', 'fail', 'different'],
    ]);
    const first = json.servers[0];
    expect(Object.keys(first?.certificate ?? {}).sort()).toEqual([
      'issuer',
      'notAfter',
      'notBefore',
      'serialNumber',
      'sha256',
      'subject',
    ]);
    expect(first?.certificate['sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(first?.certificate['serialNumber']).toMatch(/^[0-9a-f]+$/);
    expect(first?.checks.map((c) => c.id)).toEqual([
      'same-ca',
      'hostname',
      'validity',
      'server-auth-eku',
      'key-strength',
      'signature-algorithm',
      'crl-distribution-point',
      'end-entity',
      'extensions',
    ]);
    for (const c of first?.checks ?? []) expect(c.message).not.toBe('');
  });
});

describe('formats, languages and standard input', () => {
  it.each([
    {
      name: 'markdown',
      input: { args: ['--format', 'markdown'] },
      want: '| Server | Result | Same CA |',
    },
    {
      name: 'german text',
      input: { args: ['--lang', 'de'] },
      want: 'Zertifikatprüfung: Server für beständigen Chat',
    },
    {
      name: 'italian markdown',
      input: { args: ['--lang', 'it', '--format', 'markdown'] },
      want: '## Verifica dei certificati',
    },
    {
      name: 'LANG picks German',
      input: { args: [], env: { LANG: 'de_DE.UTF-8' } },
      want: 'Zertifikatprüfung',
    },
    {
      name: 'LC_ALL wins over LANG',
      input: { args: [], env: { LANG: 'de_DE.UTF-8', LC_ALL: 'it_IT.UTF-8' } },
      want: 'Verifica dei certificati',
    },
    {
      name: '--lang wins over LC_ALL',
      input: { args: ['--lang', 'en'], env: { LC_ALL: 'de_DE' } },
      want: '[PASS] pchat01',
    },
    {
      name: 'no colour in a pipe',
      input: { args: [], env: { FORCE_COLOR: '1' } },
      want: '[PASS] pchat01',
    },
  ])('$name', ({ input, want }) => {
    const run = runCli(check(['pchat01.contoso.com=pchat.pem'], ...input.args), {
      env: 'env' in input ? input.env : {},
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(want);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('reads a server certificate from standard input', () => {
    const run = runCli(
      [
        'check',
        '--reference',
        fx.path('issuing-ca.cer'),
        '--server',
        'pchat01.contoso.com=-',
        '--at',
        fx.now,
        '--format',
        'json',
      ],
      { stdin: readFileSync(fx.path('pchat.pem')) },
    );
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { verdict: string }).verdict).toBe('pass');
  });

  it('reads a reference from standard input', () => {
    const run = runCli(
      [
        'check',
        '--reference',
        '-',
        '--server',
        `pchat01.contoso.com=${fx.path('pchat.pem')}`,
        '--at',
        fx.now,
      ],
      { stdin: readFileSync(fx.path('frontend.pem')) },
    );
    expect(run.code).toBe(0);
  });
});
