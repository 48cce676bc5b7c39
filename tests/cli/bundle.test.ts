// `pchat-certs check --bundle` and `pchat-certs snippet`: the snippet's output as Windows saves
// it, from a file and from standard input, combined with --reference and --server, and refused
// with exit status 2 when it cannot be used (a missing reference first of all).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, runCli } from './support/cli-process.ts';
import {
  createTestPki,
  pkiNow,
  snippetOutput,
  snippetPem,
  windowsUtf16,
} from '../support/pki/index.ts';

const pki = await createTestPki();
const { frontEnd, pchat, pchat2, ca2 } = pki.leaves;
const { issuingCa1 } = pki.cas;
const dir = mkdtempSync(join(tmpdir(), 'pchat-certs-bundle-'));
const at = pkiNow.toISOString();
const windowsFile = (name: string, lines: readonly string[]): string => {
  writeFileSync(join(dir, name), windowsUtf16([...lines, ''].join('\n')));
  return join(dir, name);
};

const files = {
  snippet: windowsFile('snippet.txt', [snippetOutput(pki)]),
  failing: windowsFile('failing.txt', [
    ...snippetPem('# fe01.contoso.com FrontEnd Default', frontEnd),
    ...snippetPem('# reference', issuingCa1),
    ...snippetPem('# fe01.contoso.com FrontEnd WebServicesInternal', ca2),
  ]),
  noReference: windowsFile('no-reference.txt', [
    'WARNING: fe01.contoso.com: its certificates could not be read (Access is denied)',
    ...snippetPem('# pchat01.contoso.com PersistentChat Default', pchat),
  ]),
  emptyLabel: windowsFile('empty-label.txt', [
    '# fe02.contoso.com FrontEnd Default',
    ...snippetPem('# reference', issuingCa1),
  ]),
  withKey: windowsFile('with-key.txt', [snippetOutput(pki), pki.privateKeyPem]),
  reference: join(dir, 'issuing-ca.cer'),
  pchat2: join(dir, 'pchat2.pem'),
};
writeFileSync(files.reference, issuingCa1.der);
writeFileSync(files.pchat2, pchat2.pem);

beforeAll(() => {
  ensureCliBuilt();
});

describe('check --bundle', () => {
  it.each([
    {
      name: 'the snippet output saved by Windows PowerShell passes',
      input: { args: ['--bundle', files.snippet] },
      want: {
        code: 0,
        says: ['[PASS] fe01.contoso.com', '[PASS] pchat01.contoso.com (PersistentChat Default)'],
      },
    },
    {
      name: 'from standard input',
      input: { args: ['--bundle', '-'], stdin: readFileSync(files.snippet) },
      want: { code: 0, says: ['[PASS] fe01.contoso.com (FrontEnd WebServicesInternal)'] },
    },
    {
      name: 'the failing certificate is named by its label',
      input: { args: ['--bundle', files.failing] },
      want: {
        code: 1,
        says: [
          'its result is that of\n  the worst: FrontEnd WebServicesInternal.',
          '[FAIL] fe01.contoso.com (FrontEnd WebServicesInternal)',
          '[PASS] fe01.contoso.com (FrontEnd Default)',
        ],
      },
    },
    {
      name: 'a bundle without reference, with --reference',
      input: { args: ['--bundle', files.noReference, '--reference', files.reference] },
      want: { code: 0, says: ['[PASS] pchat01.contoso.com (PersistentChat Default)'] },
    },
    {
      name: 'combined with --server',
      input: {
        args: ['--bundle', files.snippet, '--server', `pchat02.contoso.com=${files.pchat2}`],
      },
      want: { code: 0, says: ['[PASS] pchat02.contoso.com', '[PASS] pchat01.contoso.com'] },
    },
  ])('$name', ({ input, want }) => {
    const run = runCli(['check', ...input.args, '--at', at], { stdin: input.stdin ?? '' });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: want.code, stderr: '' });
    for (const text of want.says) expect(run.stdout).toContain(text);
  });

  it('JSON lists each certificate of a server, with its label', () => {
    const run = runCli(['check', '--bundle', files.failing, '--at', at, '--format', 'json']);
    const json = JSON.parse(run.stdout) as {
      servers: {
        fqdn: string;
        verdict: string;
        label: string;
        certificates: { label: string; verdict: string }[];
      }[];
    };
    expect(
      json.servers.map((s) => [
        s.fqdn,
        s.verdict,
        s.label,
        s.certificates.map((c) => [c.label, c.verdict]),
      ]),
    ).toEqual([
      [
        'fe01.contoso.com',
        'fail',
        'FrontEnd WebServicesInternal',
        [
          ['FrontEnd Default', 'pass'],
          ['FrontEnd WebServicesInternal', 'fail'],
        ],
      ],
    ]);
  });
});

describe('unusable bundles: exit 2, nothing on standard output', () => {
  it.each([
    {
      name: 'no reference in the bundle and no --reference',
      input: ['--bundle', files.noReference],
      want: [
        'pchat-certs: The reference is missing: no bundle has a "# reference" block, and',
        "or give that CA's certificate with --reference FILE.",
      ],
    },
    {
      name: 'no reference, in German',
      input: ['--bundle', files.noReference, '--lang', 'de'],
      want: ['Die Referenz fehlt: Kein Bundle enthält einen Block „# reference“'],
    },
    {
      name: 'a label with no certificate under it',
      input: ['--bundle', files.emptyLabel],
      want: [
        `Server fe02.contoso.com, certificate "FrontEnd Default" (${files.emptyLabel}, line 1):`,
        'There is no certificate under this label',
      ],
    },
    {
      name: 'a private key in the bundle',
      input: ['--bundle', files.withKey],
      want: [
        `Bundle ${files.withKey}:`,
        'This input contains a private key, so none of it was used, and private keys are never accepted. Export the certificate without its private key',
      ],
    },
    {
      name: 'a bundle that does not exist',
      input: ['--bundle', join(dir, 'missing.txt')],
      want: ['The file does not exist.'],
    },
  ])('$name', ({ input, want }) => {
    const run = runCli(['check', ...input, '--at', at]);
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
    const stderr = run.stderr.replace(/\n +/g, ' ');
    for (const text of want) expect(stderr).toContain(text.replace(/\n +/g, ' '));
  });
});

describe('pchat-certs snippet', () => {
  it('prints the snippet exactly', () => {
    const run = runCli(['snippet']);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout).toBe(readFileSync('src/lib/snippet/read-certificates.ps1', 'utf8'));
  });

  it('takes no input', () => {
    const run = runCli(['snippet', '--reference', files.reference]);
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
    expect(run.stderr).toContain('Unexpected argument: --reference');
  });
});
