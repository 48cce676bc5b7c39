// Issue 9, part 3: certificate data and arguments cannot spoof the terminal, standard error or
// a Markdown ticket. The CN below would retitle and clear a terminal, turn it red, reverse the
// rest of the line, and start a report line of its own; JSON keeps it exact.
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestPki, pemChain } from '../support/pki/index.ts';
import { ensureCliBuilt, runCli } from './support/cli-process.ts';
import { writeFixtures, type CliFixtures } from './support/fixtures.ts';
import { keyedServerCert } from './support/server-certs.ts';

// Each test runs the real CLI (in a child process or in-process); a busy machine makes that slow.
vi.setConfig({ testTimeout: 60_000 });

const hostileCn = '\u001b]0;PWNED-TITLE\u0007\u001b[2J\u001b[31m\u202eevil\r\nFAKE: pass';
const fqdn = 'pchat01.contoso.com';
// Everything a terminal would act on, and the bidirectional controls.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

let fx: CliFixtures;
let hostilePath: string;
beforeAll(async () => {
  ensureCliBuilt();
  fx = await writeFixtures();
  const pki = await createTestPki();
  const cert = await keyedServerCert(fqdn, { subject: [{ O: ['Contoso'] }, { CN: [hostileCn] }] });
  hostilePath = fx.path('hostile.pem');
  writeFileSync(hostilePath, pemChain(cert, pki.cas.issuingCa1));
});

const run = (format: string) =>
  runCli([
    'check',
    '--reference',
    fx.path('frontend.pem'),
    '--server',
    `${fqdn}=${hostilePath}`,
    '--at',
    fx.now,
    '--format',
    format,
  ]);

describe('certificate data cannot spoof the output', () => {
  it.each([
    { name: 'text', input: 'text', want: 'Subject:' },
    { name: 'markdown', input: 'markdown', want: '**Subject:**' },
  ])('$name: no control or bidi character, no forged line', ({ input, want }) => {
    const result = run(input);
    expect(result.code).toBe(0);
    expect(unsafe.test(result.stdout)).toBe(false);
    expect(result.stdout.split('\n').filter((line) => /^\W*FAKE/.test(line))).toEqual([]);
    // A long subject goes on the line below its label.
    const lines = result.stdout.split('\n');
    const at = lines.findIndex((line) => line.includes(want));
    const subjectLine = lines.slice(at, at + 2).join(' ');
    expect(subjectLine).toContain('\\x1b');
    expect(subjectLine).toContain('\\u202e');
    expect(subjectLine).toContain('FAKE: pass');
  });

  it('markdown: the subject cannot open a link, a tag or a new cell', () => {
    const result = run('markdown');
    const subjectLine = result.stdout.split('\n').find((line) => line.includes('**Subject:**'));
    expect(subjectLine).toMatch(/^- \*\*Subject:\*\* /);
    expect(subjectLine?.replace(/\\./g, '')).not.toMatch(/[[\]<>|]/);
  });

  it('JSON keeps the subject exact', () => {
    const result = run('json');
    const json = JSON.parse(result.stdout) as { servers: { certificate: { subject: string } }[] };
    // Exact apart from the escaping a distinguished name's text always has (RFC 4514: "\;").
    expect(json.servers[0]?.certificate.subject).toContain(hostileCn.replace(';', '\\;'));
  });

  it('standard error shows an FQDN argument with ESC escaped', () => {
    const result = runCli([
      'check',
      '--reference',
      fx.path('frontend.pem'),
      '--server',
      `evil\u001b[2J\u202e.contoso.com=${fx.path('missing.pem')}`,
    ]);
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 2, stdout: '' });
    expect(unsafe.test(result.stderr)).toBe(false);
    expect(result.stderr).toContain('evil\\x1b[2J\\u202e.contoso.com');
  });

  it('standard error shows an unknown option with ESC escaped', () => {
    const result = runCli(['check', '--\u001b]0;x\u0007']);
    expect(result.code).toBe(2);
    expect(unsafe.test(result.stderr)).toBe(false);
    expect(result.stderr).toContain('--\\x1b]0;x\\x07');
  });
});
