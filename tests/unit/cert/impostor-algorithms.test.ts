// Issue 25 fault 1: an impostor CA (the reference CA's name and key identifier, its own key) must
// never pass, whichever signature algorithm it signs with; the genuine CA's certificate passes
// with a verified signature, or gets the warning that names the algorithm it cannot verify.
import { describe, expect, it } from 'vitest';
import { checkCertificates, type CheckReport } from '../../../src/lib/cert/index.ts';
import { signatureOid } from '../../../src/lib/cert/oids.ts';
import { createTranslator } from '../../../src/i18n/create-translator.ts';
import { renderMessage } from '../../../src/lib/report/index.ts';
import {
  anyAlgorithms,
  type AnyAlgorithm,
  type AnyKeyKind,
} from '../../support/pki/any-algorithm.ts';
import { anyCa, anyLeaf, caPair, nextSerial } from '../../support/pki/impostor-pki.ts';
import { pemChain, utf8, type TestCert } from '../../support/pki/index.ts';

const at = new Date('2026-06-01T00:00:00Z');
const fqdn = 'pchat01.contoso.com';
const english = createTranslator('en');

/** The same-CA check of one server certificate (with its chain) against one CA certificate. */
async function sameCa(reference: TestCert, server: readonly TestCert[]) {
  const report: CheckReport = await checkCertificates({
    references: [utf8(reference.pem)],
    servers: [{ fqdn, input: utf8(pemChain(...server)) }],
    at,
  });
  const result = report.servers[0];
  const check = result?.checks[0];
  return {
    sameCa: result?.sameCa,
    status: check?.status,
    key: check?.message.key,
    text: check ? renderMessage(check.message, english, 'en') : '',
  };
}

/** Algorithms the checker cannot verify: anything else must verify. */
const unverifiable = new Set([
  'md2WithRSAEncryption',
  'md5WithRSAEncryption',
  'RSA-with-SHA3-256',
  'RSASSA-PSS with SHA-224',
  'ecdsa-with-SHA224 on P-256',
  'ecdsa-with-SHA224 on P-384',
  'ecdsa-with-SHA224 on P-521',
  'ecdsa-with-SHA3-256 on P-256',
  'ecdsa-with-SHA3-256 on P-384',
  'ecdsa-with-SHA3-256 on P-521',
  'Ed448',
  'dsa-with-SHA1',
  'dsa-with-SHA256',
  'ML-DSA-44 (unknown to the checker)',
]);

/** The genuine CAs an impostor of an algorithm copies: one with its key type, one with another. */
const copiedKinds = (algorithm: AnyAlgorithm): AnyKeyKind[] => [
  algorithm.key,
  algorithm.key === 'rsa' ? 'p256' : 'rsa',
];

const impostorRows = anyAlgorithms.flatMap((algorithm) =>
  copiedKinds(algorithm).flatMap((copied) =>
    [false, true].map((withChain) => ({
      name: `issue 25 fault 1: ${algorithm.label}, copying the ${copied} CA${withChain ? ', impostor CA in the chain' : ''}`,
      input: { algorithm, copied, withChain },
      want: 'no pass',
    })),
  ),
);

describe('issue 25 fault 1: an impostor copying name and key identifier, per signature algorithm', () => {
  it('the table covers every signature algorithm the checker names', () => {
    const covered = new Set(anyAlgorithms.map((a) => a.oid));
    expect(Object.values(signatureOid).filter((oid) => !covered.has(oid))).toEqual([]);
  });

  // Titles in full: it.each would cut each row's name at 40 characters.
  for (const { name, input, want } of impostorRows)
    it(name, async () => {
      const { genuine } = await caPair(input.copied);
      const impostorKeys = (await caPair(input.algorithm.key)).impostor.keys;
      // The impostor's CA certificate: the genuine CA's name and key identifier, its own key.
      const impostorCa = await anyCa(nextSerial(), genuine.name, impostorKeys, genuine.keys.keyId);
      const leaf = await anyLeaf(fqdn, genuine, impostorKeys, input.algorithm);
      const outcome = await sameCa(genuine, input.withChain ? [leaf, impostorCa] : [leaf]);
      expect(outcome.status === 'pass' ? outcome : 'no pass').toEqual(want);
    });

  const genuineRows = anyAlgorithms.map((algorithm) => ({
    name: `issue 25 fault 1: the genuine CA signing with ${algorithm.label}`,
    input: algorithm,
    want: unverifiable.has(algorithm.label)
      ? { sameCa: 'unverifiable', status: 'warn', key: 'check.same-ca.unverifiable', names: true }
      : { sameCa: 'verified', status: 'pass', key: 'check.same-ca.verified', names: false },
  }));

  // Titles in full: it.each would cut each row's name at 40 characters.
  for (const { name, input, want } of genuineRows)
    it(name, async () => {
      const { genuine } = await caPair(input.key);
      const outcome = await sameCa(genuine, [await anyLeaf(fqdn, genuine, genuine.keys, input)]);
      expect({
        sameCa: outcome.sameCa,
        status: outcome.status,
        key: outcome.key,
        names: outcome.text.includes(`signature algorithm ${input.name} `),
      }).toEqual(want);
    });
});
