// The raw material of the test PKI's odd server certificates (issue 14): extensions Windows does
// not know or that break RFC 5280, and an outer signature algorithm that differs from the signed one.
import { certificatePem, type RawExtension, type TestCert } from './issue.ts';

const bytes = (...values: number[]): Uint8Array<ArrayBuffer> => new Uint8Array(values);

/** A private-arc OID no one implements, as in the outside suite's case. */
export const unknownExtensionOid = '1.3.6.1.4.1.55738.666.1';

/** Extension values and sets for the odd leaves. */
export const oddExtensions = {
  /** An unknown extension marked critical (value: NULL). */
  unknownCritical: [{ oid: unknownExtensionOid, critical: true, value: bytes(0x05, 0x00) }],
  /** The same unknown extension, not critical: ignored, as RFC 5280 allows. */
  unknownNonCritical: [{ oid: unknownExtensionOid, critical: false, value: bytes(0x05, 0x00) }],
  /** Known extensions marked critical: certificate policies (anyPolicy) and inhibit anyPolicy. */
  knownCritical: [
    {
      oid: '2.5.29.32',
      critical: true,
      value: bytes(0x30, 0x08, 0x30, 0x06, 0x06, 0x04, 0x55, 0x1d, 0x20, 0x00),
    },
    { oid: '2.5.29.54', critical: true, value: bytes(0x02, 0x01, 0x00) },
  ],
  /** A second subjectAltName (the first is the leaf's own). */
  duplicateSan: [
    {
      oid: '2.5.29.17',
      critical: false,
      value: bytes(0x30, 0x09, 0x82, 0x07, ...[...'a.local'].map((c) => c.charCodeAt(0))),
    },
  ],
} satisfies Record<string, readonly RawExtension[]>;

/** A subjectAltName whose value is not valid DER (its name's length runs past the end). */
export const malformedSan: RawExtension = {
  oid: '2.5.29.17',
  critical: false,
  value: bytes(0x30, 0x03, 0x82, 0x05, 0x61),
};

const sha256WithRsa = bytes(0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01);

/** The certificate with its outer signatureAlgorithm changed from SHA-256 to SHA-384 with RSA. */
export function withOuterSha384(cert: TestCert): TestCert {
  const der = new Uint8Array(cert.der);
  // The outer AlgorithmIdentifier is the last one before the signature value.
  let at = -1;
  for (let i = 0; i + sha256WithRsa.length < der.length; i += 1)
    if (sha256WithRsa.every((b, j) => der[i + j] === b)) at = i;
  const oidEnd = at + sha256WithRsa.length;
  if (at < 0 || der[oidEnd] !== 0x0b) throw new Error('no sha256WithRSAEncryption to replace');
  der[oidEnd] = 0x0c;
  return { ...cert, der, pem: certificatePem(der) };
}
