// The real binary against hostile PKIs (issue 9): an impostor CA that copies the reference CA's
// name and key identifier is caught by the chain it brings, wherever its certificate is given;
// inputs whose checking would take too many signature checks are refused, exit 2, localized.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sameNameCas } from '../support/hostile/crafted-pkis.ts';
import { createTestPki, pemChain, pkcs7Der, pkiNow } from '../support/pki/index.ts';
import { ensureCliBuilt, runCli } from './support/cli-process.ts';

let dir = '';
let impostorFqdn = '';
beforeAll(async () => {
  ensureCliBuilt();
  const { cas, leaves } = await createTestPki();
  impostorFqdn = leaves.impostorSameKeyId.fqdn;
  const crafted = await sameNameCas(40, 'no-key-ids');
  dir = mkdtempSync(join(tmpdir(), 'pchat-certs-chain-'));
  const files: Record<string, string | Uint8Array> = {
    'frontend-leaf.pem': leaves.frontEnd.pem,
    'frontend-and-impostor-ca.pem': pemChain(leaves.frontEnd, cas.impostorCa1SameKeyId),
    'impostor-leaf.pem': leaves.impostorSameKeyId.pem,
    'impostor-chain.pem': pemChain(leaves.impostorSameKeyId, cas.impostorCa1SameKeyId),
    'pchat-and-impostor-ca.pem': pemChain(leaves.pchat, cas.impostorCa1SameKeyId),
    'same-name-cas.p7b': crafted.bundle,
    'same-name-cas-only.p7b': pkcs7Der(...crafted.cas),
    'same-name-leaf.pem': crafted.leaves[0]?.pem ?? '',
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
}, 120_000);

/** `check --format json` of one server; the parsed server result, or the exit and stderr. */
function check(reference: string, fqdn: string, server: string, ...extra: string[]) {
  return runCli([
    'check',
    '--reference',
    join(dir, reference),
    '--server',
    `${fqdn}=${join(dir, server)}`,
    '--at',
    pkiNow.toISOString(),
    ...extra,
  ]);
}

describe('an impostor CA is caught by the chain it brings', { timeout: 60_000 }, () => {
  it.each([
    {
      name: 'CA in the server chain',
      input: ['frontend-leaf.pem', 'impostor-chain.pem'],
      want: { code: 1, sameCa: 'different', status: 'fail' },
    },
    {
      name: 'CA in the reference',
      input: ['frontend-and-impostor-ca.pem', 'impostor-leaf.pem'],
      want: { code: 1, sameCa: 'different', status: 'fail' },
    },
    {
      name: 'CA in both',
      input: ['frontend-and-impostor-ca.pem', 'impostor-chain.pem'],
      want: { code: 1, sameCa: 'different', status: 'fail' },
    },
    {
      name: 'no CA anywhere: key identifiers are all there is',
      input: ['frontend-leaf.pem', 'impostor-leaf.pem'],
      want: { code: 0, sameCa: 'key-id', status: 'pass' },
    },
    {
      name: 'the impostor CA beside the real server certificate changes nothing',
      input: ['frontend-leaf.pem', 'pchat-and-impostor-ca.pem'],
      want: { code: 0, sameCa: 'key-id', status: 'pass' },
    },
  ])('$name', ({ input, want }) => {
    const [reference = '', server = ''] = input;
    const fqdn = server.startsWith('pchat') ? 'pchat01.contoso.com' : impostorFqdn;
    const run = check(reference, fqdn, server, '--format', 'json');
    const json = JSON.parse(run.stdout) as {
      servers: { sameCa: string; checks: { id: string; status: string; message: string }[] }[];
    };
    const sameCa = json.servers[0]?.checks.find((c) => c.id === 'same-ca');
    expect([run.code, json.servers[0]?.sameCa, sameCa?.status]).toEqual([
      want.code,
      want.sameCa,
      want.status,
    ]);
  });

  it('says why, naming the key identifier, in the text report', async () => {
    const { cas } = await createTestPki();
    const run = check('frontend-leaf.pem', impostorFqdn, 'impostor-chain.pem', '--lang', 'de');
    const text = run.stdout.replace(/\s+/g, ' ');
    expect([
      run.code,
      text.includes(cas.issuingCa1.keyId ?? '?'),
      /zwei verschiedene/.test(text),
    ]).toEqual([1, true, true]);
  });
});

describe('too many signature checks: unusable input, exit 2', { timeout: 60_000 }, () => {
  it.each([
    {
      name: 'a reference whose leaves have no key identifiers (N² checks)',
      input: { reference: 'same-name-cas.p7b', lang: 'en' },
      want: /Reference certificate 1.*more work than 1024 ordinary signature checks/,
    },
    {
      name: 'in German',
      input: { reference: 'same-name-cas.p7b', lang: 'de' },
      want: /mehr Aufwand nötig als für 1024 gewöhnliche Signaturprüfungen/,
    },
    {
      name: 'in Italian',
      input: { reference: 'same-name-cas.p7b', lang: 'it' },
      want: /più lavoro che per 1024 verifiche di firma ordinarie/,
    },
  ])('$name', ({ input, want }) => {
    const run = check(
      input.reference,
      'l0.example.com',
      'same-name-leaf.pem',
      '--lang',
      input.lang,
    );
    expect([run.code, run.stdout, want.test(run.stderr.replace(/\s+/g, ' '))]).toEqual([
      2,
      '',
      true,
    ]);
  });
});
