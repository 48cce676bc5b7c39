// Slices a PKCS#10 certificate request (RFC 2986) into what its signature covers and the key that
// made it: a request is signed with the private key of the public key it carries.
import { contentOf, derTag, encodingOf, isWellFormed, readChildren, readTlv } from './der.ts';
import type { CertificateParts } from './certificate-parts.ts';

/** The parts of a request, or null when the DER does not have a request's shape. */
export function requestParts(der: Uint8Array): CertificateParts | null {
  const outer = readTlv(der, 0);
  if (!outer || !isWellFormed(der, outer)) return null;
  const [info, algorithm, signature] = readChildren(der, outer) ?? [];
  if (info?.tag !== derTag.sequence || !algorithm || signature?.tag !== derTag.bitString)
    return null;
  // CertificationRequestInfo ::= SEQUENCE { version, subject, subjectPKInfo, [0] attributes }.
  const spki = readChildren(der, info)?.[2];
  if (spki?.tag !== derTag.sequence) return null;
  return {
    tbs: encodingOf(der, info),
    signatureAlgorithm: encodingOf(der, algorithm),
    // A request names its algorithm once, so nothing can disagree.
    algorithmsAgree: true,
    signature: contentOf(der, signature).subarray(1),
    subjectPublicKeyInfo: encodingOf(der, spki),
  };
}
