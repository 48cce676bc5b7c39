// Signature checks are bounded by design (issue 9 part 1): tried only where key identifiers allow,
// counted before they are made, capped per run; counted here through an injected WebCrypto.
import { describe, expect, it } from 'vitest';
import { checkCertificates, type CheckReport } from '../../../src/lib/cert/index.ts';
import { maxSignatureChecks } from '../../../src/lib/cert/signature-budget.ts';
import { dataCost, keyCost } from '../../../src/lib/cert/signature-cost.ts';
import { rsaSpki } from '../../support/hostile/costly-keys.ts';
import { anyKeys } from '../../support/pki/any-algorithm.ts';
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
  {
    // CA certificates sharing one name and key id are contradictory references (issue 25), yet
    // still evidence of what their keys signed.
    name: 'shared key id, N = 20: N², contradictory CA certificates said',
    input: [20, 'shared-key-id'],
    want: [400, ['reference:conflicting-references']],
  },
  {
    name: 'no key ids, N = 40: N² over the cap, refused before any check',
    input: [40, 'no-key-ids'],
    want: [0, ['reference:too-many-signatures']],
  },
  {
    name: 'shared key id, N = 33: N² just over the cap, the contradiction said first',
    input: [Math.floor(Math.sqrt(cap)) + 1, 'shared-key-id'],
    want: [0, ['reference:conflicting-references']],
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
      name: 'a provider without ECDSA: the CA key is at hand, so no pass, and the message says why',
      input: { missing: ['ECDSA'], ca: cas.ecIssuingCa.pem, leaf: leaves.ecIssued },
      want: ['unverifiable', 'check.same-ca.unverifiable'],
    },
    {
      name: 'a provider without ECDSA still verifies RSA',
      input: { missing: ['ECDSA'], ca: cas.issuingCa1.pem, leaf: leaves.pchat },
      want: ['verified', 'check.same-ca.verified'],
    },
    {
      // The same code that verifies SHA-224: a platform refusing a key still gets a verdict.
      name: 'a provider that refuses RSA keys: PKCS #1 v1.5 verified in code',
      input: { missing: ['RSASSA-PKCS1-v1_5'], ca: cas.issuingCa1.pem, leaf: leaves.pchat },
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

describe('what one signature check costs, in units of the cap (issue 25)', () => {
  const keyRows = [
    { name: 'RSA 2048, exponent 65537', input: rsaSpki(2048, 65537n), want: 1 },
    { name: 'RSA 4096, exponent 65537', input: rsaSpki(4096, 65537n), want: 1 },
    { name: 'RSA 4096, exponent 2³² − 1', input: rsaSpki(4096, 2n ** 32n - 1n), want: 4 },
    { name: 'RSA 16384, exponent 65537', input: rsaSpki(16384, 65537n), want: 16 },
    { name: 'RSA 16384, exponent 2³² − 1', input: rsaSpki(16384, 2n ** 32n - 1n), want: 52 },
    { name: 'P-256', input: anyKeys('p256').spki, want: 1 },
    { name: 'P-384', input: anyKeys('p384').spki, want: 3 },
    { name: 'P-521', input: anyKeys('p521').spki, want: 5 },
    { name: 'Ed25519', input: anyKeys('ed25519').spki, want: 1 },
  ];
  it.each(keyRows)('units of one check with $name', ({ input, want }) => {
    expect(keyCost(input)).toBe(want);
  });

  it('a long signed certificate costs a unit per 256 KiB hashed', () => {
    expect([2_000, 262_144, 1_048_576].map(dataCost)).toEqual([0, 1, 4]);
  });
});
