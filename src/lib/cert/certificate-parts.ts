// Slices a certificate's DER into the exact bytes a signature covers, the signature algorithm and
// value, and the public key. Signatures are checked over the original bytes, never a re-encoding.
import type { SignedParts } from './types.ts';
import { contentOf, derTag, encodingOf, isWellFormed, readChildren, readTlv } from './der.ts';

/** What a signature covers and is, and the signed object's public key. */
export type CertificateParts = SignedParts & { readonly subjectPublicKeyInfo: Uint8Array };

/** Whether two byte strings are equal. */
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

/** The parts of a certificate, or null when the DER does not have a certificate's shape. */
export function certificateParts(der: Uint8Array): CertificateParts | null {
  const outer = readTlv(der, 0);
  // Long-form tags and broken nesting anywhere make the certificate malformed.
  if (!outer || !isWellFormed(der, outer)) return null;
  const [tbs, algorithm, signature] = (outer && readChildren(der, outer)) ?? [];
  if (!tbs || !algorithm || signature?.tag !== derTag.bitString) return null;
  const fields = readChildren(der, tbs);
  if (!fields) return null;
  // Without the explicit [0] version the SPKI is the sixth field, with it the seventh.
  const shift = fields[0]?.tag === derTag.context0 ? 1 : 0;
  const spki = fields[5 + shift];
  const innerAlgorithm = fields[1 + shift];
  if (spki?.tag !== derTag.sequence || innerAlgorithm?.tag !== derTag.sequence) return null;
  return {
    tbs: encodingOf(der, tbs),
    signatureAlgorithm: encodingOf(der, algorithm),
    algorithmsAgree: sameBytes(encodingOf(der, algorithm), encodingOf(der, innerAlgorithm)),
    signature: contentOf(der, signature).subarray(1),
    subjectPublicKeyInfo: encodingOf(der, spki),
  };
}
