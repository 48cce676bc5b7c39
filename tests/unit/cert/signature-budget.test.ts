// Signature checks are bounded by design (issue 9 part 1): tried only where key identifiers allow,
// counted before they are made, capped per run; counted here through an injected WebCrypto.
import { describe, expect, it } from 'vitest';
import { checkCertificates, type CheckReport } from '../../../src/lib/cert/index.ts';
import { maxSignatureChecks } from '../../../src/lib/cert/signature-budget.ts';
import { countingCrypto } from '../../support/counting-crypto.ts';
import { sameNameCas, type KeyIdShape } from '../../support/hostile/crafted-pkis.ts';
import { createTestPki, pemChain, pkcs7Der, utf8 } from '../../support/pki/index.ts';

const pki = await createTestPki();
const at = new Date('2026-06-01T00:00:00Z');

/** The report and the number of signatures verified for N leaves and N CAs named `CN=A`. */
async function sameNameRun(n: number, shape: KeyIdShape): Promise<[number, string[]]> {
  const crafted = await sameNameCas(n, shape);
  const crypto = countingCrypto();
  const report = await checkCertificates({ references: [crafted.bundle], servers: [], at }, crypto);
  return [crypto.verifications(), report.failures.map((f) => `${f.input.kind}:${f.error.code}`)];
}

const cap = maxSignatureChecks;
/** Generating the crafted PKIs takes seconds on a busy machine. */
const generous = 120_000;
const rows: { name: string; input: [number, KeyIdShape]; want: [number, string[]] }[] = [
  { name: 'own key ids, N = 10: one check per leaf', input: [10, 'own-key-ids'], want: [10, []] },
  { name: 'own key ids, N = 20', input: [20, 'own-key-ids'], want: [20, []] },
  { name: 'own key ids, N = 40', input: [40, 'own-key-ids'], want: [40, []] },
  { name: 'no key ids, N = 20: names only, N²', input: [20, 'no-key-ids'], want: [400, []] },
  { name: 'shared key id, N = 20: N²', input: [20, 'shared-key-id'], want: [400, []] },
  {
    name: 'no key ids, N = 40: N² over the cap, refused before any check',
    input: [40, 'no-key-ids'],
    want: [0, ['reference:too-many-signatures']],
  },
  {
    name: 'shared key id, N = 33: N² just over the cap',
    input: [Math.floor(Math.sqrt(cap)) + 1, 'shared-key-id'],
    want: [0, ['reference:too-many-signatures']],
  },
];

describe('signature checks of one run', () => {
  it.each(rows)(
    '$name',
    async ({ input, want }) => {
      expect(await sameNameRun(...input)).toEqual(want);
    },
    generous,
  );

  it(
    'refuses the servers whose checks would pass the cap, in the order given',
    async () => {
      // 40 CAs named CN=A as the reference, servers without key identifiers: 40 checks each.
      const crafted = await sameNameCas(40, 'no-key-ids');
      const servers = Array.from({ length: 30 }, (_, i) => ({
        fqdn: `l${i}.example.com`,
        input: crafted.leaves[i]?.der ?? new Uint8Array(),
      }));
      const crypto = countingCrypto();
      const report = await checkCertificates(
        { references: [pkcs7Der(...crafted.cas)], servers, at },
        crypto,
      );
      const fits = Math.floor(cap / 40);
      expect([
        crypto.verifications(),
        report.servers.length,
        report.failures.map((f) => [
          f.input.kind,
          f.input.index,
          f.error.code,
          f.error.message.params,
        ]),
      ]).toEqual([
        fits * 40,
        fits,
        servers
          .slice(fits)
          .map((_, i) => ['server', fits + i, 'too-many-signatures', { limit: cap }]),
      ]);
    },
    generous,
  );
});

/** Runs one server through a provider. */
const runWith = (
  missing: readonly string[],
  reference: string,
  server: string,
  fqdn: string,
): Promise<CheckReport> =>
  checkCertificates(
    { references: [utf8(reference)], servers: [{ fqdn, input: utf8(server) }], at: pki.now },
    countingCrypto(missing),
  );

describe('the WebCrypto provider passed in', () => {
  const { cas, leaves } = pki;
  const providerRows = [
    {
      name: 'the platform verifies ECDSA',
      input: { missing: [], ca: cas.ecIssuingCa.pem, leaf: leaves.ecIssued },
      want: ['verified', 'check.same-ca.verified'],
    },
    {
      name: 'a provider without ECDSA: key identifiers, and the message says why',
      input: { missing: ['ECDSA'], ca: cas.ecIssuingCa.pem, leaf: leaves.ecIssued },
      want: ['key-id', 'check.same-ca.key-id-unverifiable'],
    },
    {
      name: 'a provider without ECDSA still verifies RSA',
      input: { missing: ['ECDSA'], ca: cas.issuingCa1.pem, leaf: leaves.pchat },
      want: ['verified', 'check.same-ca.verified'],
    },
    {
      name: 'a provider without RSA: renewed key told by key identifiers',
      input: { missing: ['RSASSA-PKCS1-v1_5'], ca: cas.issuingCa1.pem, leaf: leaves.renewedCa1 },
      want: ['renewed-key', 'check.same-ca.renewed-key-id'],
    },
  ];
  it.each(providerRows)(
    '$name',
    async ({ input, want }) => {
      const report = await runWith(input.missing, input.ca, pemChain(input.leaf), input.leaf.fqdn);
      const server = report.servers[0];
      expect([server?.sameCa, server?.checks[0]?.message.key]).toEqual(want);
    },
    generous,
  );
});
