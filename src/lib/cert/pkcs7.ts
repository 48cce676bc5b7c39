// Takes the certificates out of a PKCS#7/CMS SignedData (certs-only bundles and signed messages
// alike). The certificates keep their original bytes, so signatures still verify.
import { derTag, encodingOf, readChildren, readTlv } from './der.ts';

/** The certificate DERs of a ContentInfo{signedData}; null when the structure is broken. */
export function pkcs7Certificates(der: Uint8Array): Uint8Array[] | null {
  const outer = readTlv(der, 0);
  const info = outer && readChildren(der, outer);
  const explicit = info?.[1];
  if (explicit?.tag !== derTag.context0) return null;
  const signedData = readTlv(der, explicit.contentStart, explicit.end);
  const fields = signedData && readChildren(der, signedData);
  if (!fields) return null;
  // certificates [0] IMPLICIT SET OF CertificateChoices; other choices are tagged and skipped.
  const set = fields.find((field) => field.tag === derTag.context0);
  if (!set) return [];
  const choices = readChildren(der, set);
  if (!choices) return null;
  return choices.filter((c) => c.tag === derTag.sequence).map((c) => encodingOf(der, c));
}
