// Certificate requests through the real binary: files and standard input, verdicts and exit codes
// as for certificates, JSON marking the input as a request, text and Markdown saying so in words.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestPki, createTestRequests, pkiNow } from '../support/pki/index.ts';
import { ensureCliBuilt, runCli } from './support/cli-process.ts';

let dir = '';
const path = (name: string): string => join(dir, name);
const fixture = (name: string): string =>
  join(import.meta.dirname, '..', 'fixtures', 'requests', name);

beforeAll(async () => {
  ensureCliBuilt();
  const pki = await createTestPki();
  const requests = await createTestRequests();
  dir = mkdtempSync(join(tmpdir(), 'pchat-certs-requests-'));
  const files: Record<string, string | Uint8Array> = {
    'frontend.pem': pki.leaves.frontEnd.pem,
    'good.req': requests.good.pem.replace(/CERTIFICATE REQUEST/g, 'NEW CERTIFICATE REQUEST'),
    'good.der': requests.good.der,
    'wildcard.csr': requests.wildcard.pem,
    'tampered.csr': requests.tampered.pem,
    'pss.csr': requests.pss.pem,
    'template.csr': requests.templateName.pem,
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(path(name), content);
});

/** Output with the terminal's line wrapping undone, to find a sentence in it. */
const unwrapped = (text: string): string => text.replace(/\s+/g, ' ');

const check = (servers: readonly string[], ...extra: string[]): string[] => [
  'check',
  '--reference',
  path('frontend.pem'),
  ...servers.flatMap((s) => ['--server', s]),
  '--at',
  pkiNow.toISOString(),
  ...extra,
];

describe('a request as a server input', () => {
  it.each([
    {
      name: 'good request (Windows label): warning, exit 0',
      input: () => [`pchat01.contoso.com=${path('good.req')}`],
      want: { code: 0, line: '[WARNING] pchat01.contoso.com' },
    },
    {
      name: 'DER request',
      input: () => [`pchat01.contoso.com=${path('good.der')}`],
      want: { code: 0, line: '[WARNING] pchat01.contoso.com' },
    },
    {
      name: 'openssl req',
      input: () => [`pchat01.contoso.com=${fixture('openssl-req-pchat01.csr')}`],
      want: { code: 0, line: '[WARNING] pchat01.contoso.com' },
    },
    {
      name: 'wildcard request: fail, exit 1',
      input: () => [`pchat13.contoso.com=${path('wildcard.csr')}`],
      want: { code: 1, line: '[FAIL] pchat13.contoso.com' },
    },
    {
      name: 'tampered signature: fail, exit 1',
      input: () => [`pchat01.contoso.com=${path('tampered.csr')}`],
      want: { code: 1, line: '[FAIL] pchat01.contoso.com' },
    },
    {
      name: 'RSASSA-PSS request: fail, exit 1',
      input: () => [`pchat28.contoso.com=${path('pss.csr')}`],
      want: { code: 1, line: '[FAIL] pchat28.contoso.com' },
    },
  ])('$name', ({ input, want }) => {
    const run = runCli(check(input()));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(want.code);
    expect(run.stdout.split('\n')).toContain(want.line);
    expect(run.stdout).toContain('Input:');
    expect(unwrapped(run.stdout)).toContain('certificate request (PKCS #10)');
  });

  it('from standard input', () => {
    const run = runCli(check(['pchat01.contoso.com=-']), {
      stdin: readFileSync(path('good.req')),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('[WARNING] pchat01.contoso.com');
    expect(run.stdout).toContain('Servers checked: 1. Passed: 0, with warnings: 1, failed: 0.');
  });

  it('the text report says what a request cannot show', () => {
    const run = runCli(check([`pchat01.contoso.com=${path('good.req')}`]));
    expect(run.stdout).toMatch(/\[NOT APPLICABLE\] +Same CA \(same-ca\)/);
    expect(run.stdout).toMatch(/\[WARNING\] +Certificate request \(request\)/);
    expect(unwrapped(run.stdout)).toContain('check the issued certificate again');
  });

  it('a bad signature is named as such', () => {
    const run = runCli(check([`pchat01.contoso.com=${path('tampered.csr')}`]));
    expect(unwrapped(run.stdout)).toContain('does not verify with the key in the request');
  });
});

describe('reports', () => {
  it('JSON marks the input as a request and adds no certificate', () => {
    const run = runCli(
      check(
        [`pchat01.contoso.com=${path('good.req')}`, `pchat32.contoso.com=${path('template.csr')}`],
        '--format',
        'json',
      ),
    );
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      verdict: string;
      servers: Record<string, unknown>[];
    };
    expect(json.verdict).toBe('warn');
    const [first, second] = json.servers;
    expect(first).toMatchObject({
      inputKind: 'request',
      verdict: 'warn',
      sameCa: 'not-applicable',
      request: { dnsNames: ['pchat01.contoso.com'] },
    });
    expect(first).not.toHaveProperty('certificate');
    const checks = first?.['checks'] as { id: string; status: string; messageKey: string }[];
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['same-ca', 'not-applicable'],
      ['hostname', 'pass'],
      ['validity', 'not-applicable'],
      ['server-auth-eku', 'pass'],
      ['key-strength', 'pass'],
      ['signature-algorithm', 'pass'],
      ['crl-distribution-point', 'not-applicable'],
      ['end-entity', 'pass'],
      ['extensions', 'not-applicable'],
      ['request', 'warn'],
    ]);
    const eku = (second?.['checks'] as { id: string; message: string }[]).find(
      (c) => c.id === 'server-auth-eku',
    );
    expect(eku?.message).toContain('WebServer');
  });

  it.each([
    { name: 'English', input: 'en', want: ['**Input:** certificate request', '➖ NOT APPLICABLE'] },
    {
      name: 'German',
      input: 'de',
      want: ['**Eingabe:** Zertifikatanforderung', '➖ NICHT ANWENDBAR'],
    },
    {
      name: 'Italian',
      input: 'it',
      want: ['**Input:** richiesta di certificato', '➖ NON APPLICABILE'],
    },
  ])('Markdown in $name says it is a request', ({ input, want }) => {
    const run = runCli(
      check([`pchat01.contoso.com=${path('good.req')}`], '--format', 'markdown', '--lang', input),
    );
    expect(run.code).toBe(0);
    for (const text of want) expect(run.stdout).toContain(text);
  });
});

describe('a request as the reference', () => {
  it('is unusable: exit 2, a request names no CA', () => {
    const run = runCli([
      'check',
      '--reference',
      path('good.req'),
      '--server',
      `pchat01.contoso.com=${path('good.req')}`,
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(unwrapped(run.stderr)).toContain('A request names no certification authority (CA)');
  });
});
