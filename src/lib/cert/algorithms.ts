// Signature algorithm OIDs: one table feeds the readable name, the check and the verifier.

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
  '1.2.840.113549.1.1.2': { name: 'md2WithRSAEncryption', family: 'rsa', hash: 'MD2' },
  '1.2.840.113549.1.1.4': { name: 'md5WithRSAEncryption', family: 'rsa', hash: 'MD5' },
  '1.2.840.113549.1.1.5': { name: 'sha1WithRSAEncryption', family: 'rsa', hash: 'SHA-1' },
  '1.3.14.3.2.29': { name: 'sha1WithRSAEncryption', family: 'rsa', hash: 'SHA-1' },
  '1.2.840.113549.1.1.14': { name: 'sha224WithRSAEncryption', family: 'rsa', hash: 'SHA-224' },
  '1.2.840.113549.1.1.11': { name: 'sha256WithRSAEncryption', family: 'rsa', hash: 'SHA-256' },
  '1.2.840.113549.1.1.12': { name: 'sha384WithRSAEncryption', family: 'rsa', hash: 'SHA-384' },
  '1.2.840.113549.1.1.13': { name: 'sha512WithRSAEncryption', family: 'rsa', hash: 'SHA-512' },
  '1.2.840.113549.1.1.10': { name: 'RSASSA-PSS', family: 'rsa-pss', hash: null },
  '1.2.840.10045.4.1': { name: 'ecdsa-with-SHA1', family: 'ecdsa', hash: 'SHA-1' },
  '1.2.840.10045.4.3.1': { name: 'ecdsa-with-SHA224', family: 'ecdsa', hash: 'SHA-224' },
  '1.2.840.10045.4.3.2': { name: 'ecdsa-with-SHA256', family: 'ecdsa', hash: 'SHA-256' },
  '1.2.840.10045.4.3.3': { name: 'ecdsa-with-SHA384', family: 'ecdsa', hash: 'SHA-384' },
  '1.2.840.10045.4.3.4': { name: 'ecdsa-with-SHA512', family: 'ecdsa', hash: 'SHA-512' },
  '1.3.101.112': { name: 'Ed25519', family: 'ed25519', hash: null },
  '1.3.101.113': { name: 'Ed448', family: 'ed448', hash: null },
  '1.2.840.10040.4.3': { name: 'dsa-with-SHA1', family: 'dsa', hash: 'SHA-1' },
  '2.16.840.1.101.3.4.3.2': { name: 'dsa-with-SHA256', family: 'dsa', hash: 'SHA-256' },
  '2.16.840.1.101.3.4.3.10': { name: 'ecdsa-with-SHA3-256', family: 'ecdsa', hash: 'SHA3' },
  '2.16.840.1.101.3.4.3.14': { name: 'RSA-with-SHA3-256', family: 'rsa', hash: 'SHA3' },
};

/** The scheme of a signature algorithm OID; unknown OIDs are reported as 'other' under the OID. */
export function signatureScheme(oid: string): SignatureScheme {
  return schemes[oid] ?? { name: oid, family: 'other', hash: null };
}

/** Hash OIDs used inside RSASSA-PSS parameters. */
export const hashOids: Readonly<Record<string, HashName>> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.4': 'SHA-224',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
};

/** Named EC curves WebCrypto and Lync know, by OID. */
export const curveNames: Readonly<Record<string, { name: string; bits: number }>> = {
  '1.2.840.10045.3.1.7': { name: 'P-256', bits: 256 },
  '1.3.132.0.34': { name: 'P-384', bits: 384 },
  '1.3.132.0.35': { name: 'P-521', bits: 521 },
};
