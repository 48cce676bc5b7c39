// Whether a key made a signature, on its own (verifySignature): the platform's WebCrypto where it
// can, PKCS #1 v1.5 in code where it cannot (SHA-224, or a key it refuses), 'invalid' for a key of
// the wrong type or a signature that does not decode, and 'unsupported' where neither can tell.
import { describe, expect, it } from 'vitest';
import { publicKeyInfo } from '../../../src/lib/cert/public-key-info.ts';
import {
  verifySignature,
  type SignatureOutcome,
  type SignedObject,
  type SigningKey,
} from '../../../src/lib/cert/verify-signature.ts';
import { countingCrypto } from '../../support/counting-crypto.ts';
import { rsaSpki } from '../../support/hostile/costly-keys.ts';
import { anyKeys } from '../../support/pki/any-algorithm.ts';
import { childrenOf, oidDer, tlv } from '../../support/pki/der-surgery.ts';
import { algorithmLabelled, anyLeaf, caPair } from '../../support/pki/impostor-pki.ts';
import { createTestPki, type TestCert } from '../../support/pki/index.ts';
import { parsedByLabel } from '../../support/pki/parsed-by-label.ts';

const { cas, leaves } = await createTestPki();
const rsaCa = (await caPair('rsa')).genuine;
const fqdn = 'pchat01.contoso.com';
const certs = {
  root: cas.root,
  issuingCa1: cas.issuingCa1,
  ecIssuingCa: cas.ecIssuingCa,
  rsaCa,
  pchat: leaves.pchat,
  ecIssued: leaves.ecIssued,
  pss: leaves.pss,
  sha1: leaves.sha1,
  signatureMismatch: leaves.signatureMismatch,
  sha224: await anyLeaf(fqdn, rsaCa, rsaCa.keys, algorithmLabelled('sha224WithRSAEncryption')),
  md5: await anyLeaf(fqdn, rsaCa, rsaCa.keys, algorithmLabelled('md5WithRSAEncryption')),
} satisfies Record<string, TestCert>;
type Label = keyof typeof certs;

const { info } = await parsedByLabel(certs);

/** A key given by its SubjectPublicKeyInfo alone. */
const keyOf = (spki: Uint8Array): SigningKey => ({
  subjectPublicKeyInfo: spki,
  publicKey: publicKeyInfo(spki),
});
/** The RSA CA's key under an algorithm OID the checker does not know. */
const [, rsaCaBits] = childrenOf(info('rsaCa').subjectPublicKeyInfo);
const unknownTypeRsaNumbers = keyOf(
  tlv(0x30, tlv(0x30, oidDer('1.2.3.4')), rsaCaBits ?? new Uint8Array()),
);
/** The ECDSA leaf with a signature that is no DER ECDSA-Sig-Value. */
const undecodable: SignedObject = {
  ...info('ecIssued'),
  sha256: 'an ECDSA signature that does not decode',
  signed: { ...info('ecIssued').signed, signature: new Uint8Array([1, 2, 3]) },
};
/** A WebCrypto whose verify throws, as a platform may on a signature it cannot parse. */
const throwing = (): Crypto => {
  const crypto = countingCrypto();
  Object.assign(crypto.subtle, { verify: () => Promise.reject(new Error('bad signature')) });
  return crypto;
};

const rows: {
  name: string;
  input: { object: Label | SignedObject; key: Label | SigningKey; crypto?: () => Crypto };
  want: SignatureOutcome;
}[] = [
  { name: 'RSA, its issuer', input: { object: 'pchat', key: 'issuingCa1' }, want: 'valid' },
  { name: 'RSA, another RSA key', input: { object: 'pchat', key: 'root' }, want: 'invalid' },
  {
    name: 'RSA, an EC key cannot have signed',
    input: { object: 'pchat', key: 'ecIssuingCa' },
    want: 'invalid',
  },
  { name: 'ECDSA, its issuer', input: { object: 'ecIssued', key: 'ecIssuingCa' }, want: 'valid' },
  {
    name: 'ECDSA, an RSA key cannot have signed',
    input: { object: 'ecIssued', key: 'issuingCa1' },
    want: 'invalid',
  },
  {
    name: 'ECDSA, a signature that does not decode',
    input: { object: undecodable, key: 'ecIssuingCa' },
    want: 'invalid',
  },
  { name: 'RSASSA-PSS, its issuer', input: { object: 'pss', key: 'issuingCa1' }, want: 'valid' },
  { name: 'SHA-1, its issuer', input: { object: 'sha1', key: 'issuingCa1' }, want: 'valid' },
  {
    name: 'two algorithm names: which one signed is unknown',
    input: { object: 'signatureMismatch', key: 'issuingCa1' },
    want: 'unsupported',
  },
  {
    name: 'SHA-224, in code, its issuer',
    input: { object: 'sha224', key: 'rsaCa' },
    want: 'valid',
  },
  {
    name: 'SHA-224, in code, another key',
    input: { object: 'sha224', key: 'issuingCa1' },
    want: 'invalid',
  },
  { name: 'MD5: neither can verify', input: { object: 'md5', key: 'rsaCa' }, want: 'unsupported' },
  {
    name: 'an RSA key WebCrypto refuses: verified in code',
    input: {
      object: 'pchat',
      key: 'issuingCa1',
      crypto: () => countingCrypto(['RSASSA-PKCS1-v1_5']),
    },
    want: 'valid',
  },
  {
    name: 'an RSA key WebCrypto refuses, another key: refuted in code',
    input: { object: 'pchat', key: 'root', crypto: () => countingCrypto(['RSASSA-PKCS1-v1_5']) },
    want: 'invalid',
  },
  {
    name: 'an EC key WebCrypto refuses: no code to fall back on',
    input: { object: 'ecIssued', key: 'ecIssuingCa', crypto: () => countingCrypto(['ECDSA']) },
    want: 'unsupported',
  },
  {
    name: 'a PSS key WebCrypto refuses: no code to fall back on',
    input: { object: 'pss', key: 'issuingCa1', crypto: () => countingCrypto(['RSA-PSS']) },
    want: 'unsupported',
  },
  {
    name: 'WebCrypto throws on the signature',
    input: { object: 'pchat', key: 'issuingCa1', crypto: throwing },
    want: 'invalid',
  },
  {
    name: 'an RSA exponent above 32 bits: not worth the work',
    input: { object: 'pchat', key: keyOf(rsaSpki(2048, 2n ** 40n + 1n)) },
    want: 'unsupported',
  },
  {
    name: "SHA-224, a key of unknown type holding the issuer's RSA numbers: never taken for RSA",
    input: { object: 'sha224', key: unknownTypeRsaNumbers },
    want: 'unsupported',
  },
  {
    name: 'a key of a type the checker does not know: not called wrong',
    input: { object: 'pchat', key: keyOf(anyKeys('ml-dsa').spki) },
    want: 'unsupported',
  },
];

describe('whether a key made a signature', () => {
  it.each(rows)('$name', async ({ input, want }) => {
    const object = typeof input.object === 'string' ? info(input.object) : input.object;
    const key = typeof input.key === 'string' ? info(input.key) : input.key;
    const crypto = input.crypto?.() ?? countingCrypto();
    expect(await verifySignature(object, key, crypto)).toBe(want);
  });

  it('asks WebCrypto once for the same certificate and key, however often it is asked', async () => {
    const crypto = countingCrypto();
    const outcomes = await Promise.all(
      [0, 1, 2].map(() => verifySignature(info('pchat'), info('issuingCa1'), crypto)),
    );
    expect([outcomes, crypto.verifications()]).toEqual([['valid', 'valid', 'valid'], 1]);
  });
});
