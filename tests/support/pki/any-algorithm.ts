// Every signature algorithm the checker names (src/lib/cert/algorithms.ts), and one it does not
// know, with how to sign with it through Node's OpenSSL: WebCrypto signs only a few of them, and an
// impostor picks whichever one the checker might fail to verify.
import { constants, createHash, generateKeyPairSync, privateEncrypt, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { hashOid, signatureOid } from '../../../src/lib/cert/oids.ts';
import { integerDer, oidDer, tlv } from './der-surgery.ts';
import { md2 } from './md2.ts';

/** Key pairs an algorithm signs with. */
export type AnyKeyKind = 'rsa' | 'p256' | 'p384' | 'p521' | 'ed25519' | 'ed448' | 'dsa' | 'ml-dsa';

/** A key pair as Node holds it, with its DER SubjectPublicKeyInfo. */
export interface AnyKeys {
  readonly kind: AnyKeyKind;
  readonly privateKey: KeyObject;
  readonly spki: Uint8Array<ArrayBuffer>;
  /** SHA-1 of the SPKI, lowercase hex: the key identifier a CA would write. */
  readonly keyId: string;
}

/** One signature algorithm: its name as the checker reports it, and how to sign with it. */
export interface AnyAlgorithm {
  /** A row name: the algorithm, and for PSS and ECDSA the hash or curve as well. */
  readonly label: string;
  /** The name the checker gives it (its messages quote this). */
  readonly name: string;
  readonly oid: string;
  readonly key: AnyKeyKind;
  /** The AlgorithmIdentifier's DER. */
  readonly identifier: Uint8Array;
  readonly sign: (tbs: Uint8Array, key: KeyObject) => Uint8Array;
}

/** A new key pair of the given kind. */
export function anyKeys(kind: AnyKeyKind): AnyKeys {
  const pair =
    kind === 'rsa'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : kind === 'dsa'
        ? generateKeyPairSync('dsa', { modulusLength: 2048, divisorLength: 256 })
        : kind === 'ed25519' || kind === 'ed448'
          ? generateKeyPairSync(kind as 'ed25519')
          : kind === 'ml-dsa'
            ? // The project's Node (26, OpenSSL 3.5) makes ML-DSA keys; @types/node lacks the type.
              generateKeyPairSync('ml-dsa-44' as 'ed25519')
            : generateKeyPairSync('ec', { namedCurve: `P-${kind.slice(1)}` });
  const spki = new Uint8Array(pair.publicKey.export({ type: 'spki', format: 'der' }));
  return {
    kind,
    privateKey: pair.privateKey,
    spki,
    keyId: createHash('sha1').update(spki).digest('hex'),
  };
}

const nullParams = new Uint8Array([0x05, 0x00]);
const withNull = (oid: string) => tlv(0x30, oidDer(oid), nullParams);
const bare = (oid: string) => tlv(0x30, oidDer(oid));
const nodeSign =
  (hash: string | null, options: object = {}) =>
  (tbs: Uint8Array, key: KeyObject): Uint8Array =>
    new Uint8Array(sign(hash, tbs, { key, ...options }));

/** md2WithRSAEncryption: PKCS #1 v1.5 over an MD2 DigestInfo, padded and signed by hand. */
function signMd2(tbs: Uint8Array, key: KeyObject): Uint8Array {
  const digestInfo = tlv(0x30, withNull('1.2.840.113549.2.2'), tlv(0x04, md2(tbs)));
  return new Uint8Array(privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, digestInfo));
}

const hashes = [
  { label: 'SHA-1', node: 'sha1', oid: hashOid.sha1, bytes: 20 },
  { label: 'SHA-224', node: 'sha224', oid: hashOid.sha224, bytes: 28 },
  { label: 'SHA-256', node: 'sha256', oid: hashOid.sha256, bytes: 32 },
  { label: 'SHA-384', node: 'sha384', oid: hashOid.sha384, bytes: 48 },
  { label: 'SHA-512', node: 'sha512', oid: hashOid.sha512, bytes: 64 },
] as const;

/** RSASSA-PSS parameters (RFC 4055): defaults (SHA-1, MGF1 with SHA-1, salt 20) left out. */
function pssIdentifier(hash: (typeof hashes)[number]): Uint8Array {
  if (hash.node === 'sha1') return tlv(0x30, oidDer(signatureOid.rsassaPss), tlv(0x30));
  const hashId = withNull(hash.oid);
  const mgf = tlv(0x30, oidDer('1.2.840.113549.1.1.8'), hashId);
  const params = tlv(
    0x30,
    tlv(0xa0, hashId),
    tlv(0xa1, mgf),
    tlv(0xa2, integerDer(BigInt(hash.bytes))),
  );
  return tlv(0x30, oidDer(signatureOid.rsassaPss), params);
}

const rsaPkcs1 = (name: string, oid: string, hash: string): AnyAlgorithm => ({
  label: name,
  name,
  oid,
  key: 'rsa',
  identifier: withNull(oid),
  sign: nodeSign(hash),
});

const ecdsaOids = {
  sha1: signatureOid.ecdsaWithSha1,
  sha224: signatureOid.ecdsaWithSha224,
  sha256: signatureOid.ecdsaWithSha256,
  sha384: signatureOid.ecdsaWithSha384,
  sha512: signatureOid.ecdsaWithSha512,
} as const;

const curves = ['p256', 'p384', 'p521'] as const;

/** Every algorithm: each RSA PKCS #1 hash, PSS with each hash, ECDSA with each curve and hash. */
export const anyAlgorithms: readonly AnyAlgorithm[] = [
  {
    label: 'md2WithRSAEncryption',
    name: 'md2WithRSAEncryption',
    oid: signatureOid.md2WithRsa,
    key: 'rsa',
    identifier: withNull(signatureOid.md2WithRsa),
    sign: signMd2,
  },
  rsaPkcs1('md5WithRSAEncryption', signatureOid.md5WithRsa, 'md5'),
  rsaPkcs1('sha1WithRSAEncryption', signatureOid.sha1WithRsa, 'sha1'),
  {
    ...rsaPkcs1('sha1WithRSAEncryption', signatureOid.sha1WithRsaOiw, 'sha1'),
    label: 'sha1WithRSA (OIW)',
  },
  rsaPkcs1('sha224WithRSAEncryption', signatureOid.sha224WithRsa, 'sha224'),
  rsaPkcs1('sha256WithRSAEncryption', signatureOid.sha256WithRsa, 'sha256'),
  rsaPkcs1('sha384WithRSAEncryption', signatureOid.sha384WithRsa, 'sha384'),
  rsaPkcs1('sha512WithRSAEncryption', signatureOid.sha512WithRsa, 'sha512'),
  {
    ...rsaPkcs1('RSA-with-SHA3-256', signatureOid.rsaWithSha3_256, 'sha3-256'),
    identifier: bare(signatureOid.rsaWithSha3_256),
  },
  ...hashes.map((hash): AnyAlgorithm => ({
    label: `RSASSA-PSS with ${hash.label}`,
    name: 'RSASSA-PSS',
    oid: signatureOid.rsassaPss,
    key: 'rsa',
    identifier: pssIdentifier(hash),
    sign: nodeSign(hash.node, { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: hash.bytes }),
  })),
  ...curves.flatMap((curve) => [
    ...hashes.map((hash): AnyAlgorithm => ({
      label: `ecdsa-with-${hash.label.replace('-', '')} on P-${curve.slice(1)}`,
      name: `ecdsa-with-${hash.label.replace('-', '')}`,
      oid: ecdsaOids[hash.node],
      key: curve,
      identifier: bare(ecdsaOids[hash.node]),
      sign: nodeSign(hash.node),
    })),
    {
      label: `ecdsa-with-SHA3-256 on P-${curve.slice(1)}`,
      name: 'ecdsa-with-SHA3-256',
      oid: signatureOid.ecdsaWithSha3_256,
      key: curve,
      identifier: bare(signatureOid.ecdsaWithSha3_256),
      sign: nodeSign('sha3-256'),
    },
  ]),
  {
    label: 'Ed25519',
    name: 'Ed25519',
    oid: signatureOid.ed25519,
    key: 'ed25519',
    identifier: bare(signatureOid.ed25519),
    sign: nodeSign(null),
  },
  {
    label: 'Ed448',
    name: 'Ed448',
    oid: signatureOid.ed448,
    key: 'ed448',
    identifier: bare(signatureOid.ed448),
    sign: nodeSign(null),
  },
  {
    label: 'dsa-with-SHA1',
    name: 'dsa-with-SHA1',
    oid: signatureOid.dsaWithSha1,
    key: 'dsa',
    identifier: bare(signatureOid.dsaWithSha1),
    sign: nodeSign('sha1'),
  },
  {
    label: 'dsa-with-SHA256',
    name: 'dsa-with-SHA256',
    oid: signatureOid.dsaWithSha256,
    key: 'dsa',
    identifier: bare(signatureOid.dsaWithSha256),
    sign: nodeSign('sha256'),
  },
  {
    // An algorithm the checker has no name for: it reports the OID.
    label: 'ML-DSA-44 (unknown to the checker)',
    name: '2.16.840.1.101.3.4.3.17',
    oid: '2.16.840.1.101.3.4.3.17',
    key: 'ml-dsa',
    identifier: bare('2.16.840.1.101.3.4.3.17'),
    sign: nodeSign(null),
  },
];
