// Signature algorithm OIDs: one table feeds the readable name, the check and the verifier.
import { curveOid, hashOid, signatureOid } from './oids.ts';

/** The hash a signature uses, as WebCrypto names it ('SHA-224' has no WebCrypto support). */
export type HashName =
  'MD2' | 'MD5' | 'SHA-1' | 'SHA-224' | 'SHA-256' | 'SHA-384' | 'SHA-512' | 'SHA3';

/** How a signature algorithm is made: its family and hash (null when implied or unknown). */
export interface SignatureScheme {
  readonly name: string;
  readonly family: 'rsa' | 'ecdsa' | 'rsa-pss' | 'ed25519' | 'ed448' | 'dsa' | 'other';
  readonly hash: HashName | null;
}

const schemes: Readonly<Record<string, SignatureScheme>> = {
  [signatureOid.md2WithRsa]: { name: 'md2WithRSAEncryption', family: 'rsa', hash: 'MD2' },
  [signatureOid.md5WithRsa]: { name: 'md5WithRSAEncryption', family: 'rsa', hash: 'MD5' },
  [signatureOid.sha1WithRsa]: { name: 'sha1WithRSAEncryption', family: 'rsa', hash: 'SHA-1' },
  [signatureOid.sha1WithRsaOiw]: { name: 'sha1WithRSAEncryption', family: 'rsa', hash: 'SHA-1' },
  [signatureOid.sha224WithRsa]: { name: 'sha224WithRSAEncryption', family: 'rsa', hash: 'SHA-224' },
  [signatureOid.sha256WithRsa]: { name: 'sha256WithRSAEncryption', family: 'rsa', hash: 'SHA-256' },
  [signatureOid.sha384WithRsa]: { name: 'sha384WithRSAEncryption', family: 'rsa', hash: 'SHA-384' },
  [signatureOid.sha512WithRsa]: { name: 'sha512WithRSAEncryption', family: 'rsa', hash: 'SHA-512' },
  [signatureOid.rsassaPss]: { name: 'RSASSA-PSS', family: 'rsa-pss', hash: null },
  [signatureOid.ecdsaWithSha1]: { name: 'ecdsa-with-SHA1', family: 'ecdsa', hash: 'SHA-1' },
  [signatureOid.ecdsaWithSha224]: { name: 'ecdsa-with-SHA224', family: 'ecdsa', hash: 'SHA-224' },
  [signatureOid.ecdsaWithSha256]: { name: 'ecdsa-with-SHA256', family: 'ecdsa', hash: 'SHA-256' },
  [signatureOid.ecdsaWithSha384]: { name: 'ecdsa-with-SHA384', family: 'ecdsa', hash: 'SHA-384' },
  [signatureOid.ecdsaWithSha512]: { name: 'ecdsa-with-SHA512', family: 'ecdsa', hash: 'SHA-512' },
  [signatureOid.ed25519]: { name: 'Ed25519', family: 'ed25519', hash: null },
  [signatureOid.ed448]: { name: 'Ed448', family: 'ed448', hash: null },
  [signatureOid.dsaWithSha1]: { name: 'dsa-with-SHA1', family: 'dsa', hash: 'SHA-1' },
  [signatureOid.dsaWithSha256]: { name: 'dsa-with-SHA256', family: 'dsa', hash: 'SHA-256' },
  [signatureOid.ecdsaWithSha3_256]: { name: 'ecdsa-with-SHA3-256', family: 'ecdsa', hash: 'SHA3' },
  [signatureOid.rsaWithSha3_256]: { name: 'RSA-with-SHA3-256', family: 'rsa', hash: 'SHA3' },
};

/** The scheme of a signature algorithm OID; unknown OIDs are reported as 'other' under the OID. */
export function signatureScheme(oid: string): SignatureScheme {
  return schemes[oid] ?? { name: oid, family: 'other', hash: null };
}

/** Hash OIDs used inside RSASSA-PSS parameters. */
export const hashOids: Readonly<Record<string, HashName>> = {
  [hashOid.sha1]: 'SHA-1',
  [hashOid.sha224]: 'SHA-224',
  [hashOid.sha256]: 'SHA-256',
  [hashOid.sha384]: 'SHA-384',
  [hashOid.sha512]: 'SHA-512',
};

/** Named EC curves WebCrypto and Lync know, by OID. */
export const curveNames: Readonly<Record<string, { name: string; bits: number }>> = {
  [curveOid.p256]: { name: 'P-256', bits: 256 },
  [curveOid.p384]: { name: 'P-384', bits: 384 },
  [curveOid.p521]: { name: 'P-521', bits: 521 },
};
