// Issue 25 through the real CLI: an impostor CA never passes whatever it signs with, contradictory
// reference CA certificates are said naming both, in any order of the files, and a huge RSA
// exponent is refused with its reason. Exit codes and what the user reads.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { costlyCa, exponentOf, rsaSpki } from '../support/hostile/costly-keys.ts';
import { algorithmLabelled, anyLeaf, caPair } from '../support/pki/impostor-pki.ts';
import { createTestPki, pkiNow } from '../support/pki/index.ts';
import { ensureCliBuilt, runCli } from './support/cli-process.ts';

const fqdn = 'pchat01.contoso.com';
let dir = '';
let thumbprints: string[] = [];
beforeAll(async () => {
  ensureCliBuilt();
  const { cas } = await createTestPki();
  const { genuine, impostor } = await caPair('rsa');
  const p256 = await caPair('p256');
  const leaf = (signer: typeof genuine, label: string) =>
    anyLeaf(fqdn, genuine, signer.keys, algorithmLabelled(label));
  thumbprints = [cas.issuingCa1, cas.impostorCa1SameKeyId].map((c) =>
    createHash('sha256').update(c.der).digest('hex'),
  );
  dir = mkdtempSync(join(tmpdir(), 'pchat-certs-forgery-'));
  const files: Record<string, string | Uint8Array> = {
    'genuine-ca.pem': genuine.pem,
    'impostor-sha224.pem': (await leaf(impostor, 'sha224WithRSAEncryption')).pem,
    'genuine-sha224.pem': (await leaf(genuine, 'sha224WithRSAEncryption')).pem,
    'genuine-md5.pem': (await leaf(genuine, 'md5WithRSAEncryption')).pem,
    'p256-ca.pem': p256.genuine.pem,
    'p256-ecdsa-sha224.pem': (
      await anyLeaf(
        fqdn,
        p256.genuine,
        p256.genuine.keys,
        algorithmLabelled('ecdsa-with-SHA224 on P-256'),
      )
    ).pem,
    'ca1.pem': cas.issuingCa1.pem,
    'ca1-impostor.pem': cas.impostorCa1SameKeyId.pem,
    'huge-exponent-ca.der': (await costlyCa([{ CN: ['Huge'] }], rsaSpki(2048, exponentOf(3000))))
      .der,
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
}, 120_000);

/** One `check` run: references and one server, in JSON. */
function check(references: readonly string[], server: string) {
  return runCli([
    'check',
    ...references.flatMap((r) => ['--reference', join(dir, r)]),
    '--server',
    `${fqdn}=${join(dir, server)}`,
    '--at',
    pkiNow.toISOString(),
    '--format',
    'json',
  ]);
}

/** The exit code, the server's verdict, same-CA decision and same-CA message. */
function sameCa(server: string, reference = 'genuine-ca.pem') {
  const run = check([reference], server);
  const result = JSON.parse(run.stdout || '{}').servers?.[0];
  return [run.code, result?.verdict, result?.sameCa, result?.checks?.[0]?.message];
}

describe('issue 25 through the CLI', { timeout: 60_000 }, () => {
  it('issue 25 fault 1: an impostor signing with SHA-224 does not pass (the real CA key says no)', () => {
    expect(sameCa('impostor-sha224.pem').slice(0, 3)).toEqual([0, 'warn', 'renewed-key']);
  });

  it('issue 25 fault 1: the genuine CA signing with SHA-224 is verified in code', () => {
    expect(sameCa('genuine-sha224.pem').slice(0, 3)).toEqual([0, 'pass', 'verified']);
  });

  it.each([
    // MD5 also fails the signature-algorithm check: Lync Server 2013 does not support it.
    {
      name: 'MD5',
      input: ['genuine-md5.pem', 'genuine-ca.pem', 'md5WithRSAEncryption'],
      want: [1, 'fail'],
    },
    {
      name: 'ECDSA with SHA-224',
      input: ['p256-ecdsa-sha224.pem', 'p256-ca.pem', 'ecdsa-with-SHA224'],
      want: [0, 'warn'],
    },
  ])(
    'issue 25 fault 1: $name, which nothing here verifies: a warning naming it',
    ({ input, want }) => {
      const [server = '', reference = '', algorithm = ''] = input;
      const [code, verdict, decision, message] = sameCa(server, reference);
      expect([code, verdict, decision, String(message).includes(algorithm)]).toEqual([
        ...want,
        'unverifiable',
        true,
      ]);
    },
  );

  it.each([
    { name: 'genuine file first', input: ['ca1.pem', 'ca1-impostor.pem'] },
    { name: 'impostor file first', input: ['ca1-impostor.pem', 'ca1.pem'] },
  ])('issue 25 fault 2: contradictory reference CAs, $name: exit 2 naming both', ({ input }) => {
    const run = check(input, 'genuine-md5.pem');
    const stderr = run.stderr.replace(/\s+/g, ' ');
    expect([
      run.code,
      run.stdout,
      ...thumbprints.map((t) => stderr.includes(`SHA-256 thumbprint ${t}`)),
      stderr.match(/Reference certificate \d/g),
    ]).toEqual([2, '', true, true, ['Reference certificate 1', 'Reference certificate 2']]);
  });

  it('issue 25 fault 4: a 3,000-bit RSA exponent is refused with its reason', () => {
    const run = check(['huge-exponent-ca.der'], 'genuine-md5.pem');
    expect([
      run.code,
      /public exponent of 3000 bits/.test(run.stderr.replace(/\s+/g, ' ')),
    ]).toEqual([2, true]);
  });
});
