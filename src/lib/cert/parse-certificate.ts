// One certificate's DER → the plain CertificateInfo of types.ts, or the input error that explains
// the refusal. The fast reader reads the common, plainly encoded certificate; only when it
// declines is the schema parser (x509-adapter.ts, the @peculiar stack) imported, so that the page
// and the CLI load that stack only for the unusual certificate that needs it.
import type { CertificateInfo, InputError, SignatureAlgorithmInfo } from './types.ts';
import { certificateParts, type CertificateParts } from './certificate-parts.ts';
import type { CertificateFields } from './certificate-fields.ts';
import { namesEqual } from './name-compare.ts';
import { signatureScheme } from './algorithms.ts';
import { publicKeyInfo } from './public-key-info.ts';
import { exponentRefusal } from './rsa-public-key.ts';
import { sha256Hex } from './hex.ts';
import { readPlainCertificate } from './fast-certificate.ts';
import { toDistinguishedName } from './distinguished-name.ts';
import { inputError } from './input-error.ts';

/** The outcome of parsing one certificate: its data, or why it cannot be used. */
export type CertificateParse =
  | { readonly ok: true; readonly certificate: CertificateInfo }
  | { readonly ok: false; readonly error: InputError };

const malformed: CertificateParse = { ok: false, error: inputError('malformed') };

/** The algorithm of an AlgorithmIdentifier's DER, named. */
function algorithmInfo(oid: string): SignatureAlgorithmInfo {
  return { oid, name: signatureScheme(oid).name };
}

/** The certificate's data from its parts and fields, all but its digest. */
function certificateInfo(
  der: Uint8Array,
  parts: CertificateParts,
  fields: CertificateFields,
): Omit<CertificateInfo, 'sha256'> {
  const ext = fields.extensions;
  const subject = toDistinguishedName(fields.subject);
  const issuer = toDistinguishedName(fields.issuer);
  const selfIssued = namesEqual(subject, issuer);
  const { subjectPublicKeyInfo, ...signed } = parts;
  return {
    der,
    signed,
    subject,
    issuer,
    serialNumber: fields.serialNumber,
    notBefore: fields.notBefore,
    notAfter: fields.notAfter,
    // A v1 certificate has no basicConstraints: only a self-issued one can be a (root) CA.
    isCa: ext.isCa ?? (fields.version === 0 && selfIssued),
    selfIssued,
    subjectKeyId: ext.subjectKeyId,
    authorityKeyId: ext.authorityKeyId,
    dnsNames: ext.dnsNames,
    extendedKeyUsage: ext.extendedKeyUsage,
    publicKey: publicKeyInfo(subjectPublicKeyInfo),
    subjectPublicKeyInfo,
    signatureAlgorithm: algorithmInfo(fields.signatureOid),
    // Compared as encoded, parameters included, as RFC 5280 4.1.1.2 asks.
    signatureAlgorithmMismatch: parts.algorithmsAgree
      ? null
      : algorithmInfo(fields.tbsSignatureOid),
    crlDistributionPoints: ext.crlDistributionPoints,
    extensions: ext.entries,
  };
}

/** Parses one certificate's DER into its data, or the input error that explains the refusal. */
export async function parseCertificateDer(
  der: Uint8Array,
  crypto: Crypto,
): Promise<CertificateParse> {
  const parts = certificateParts(der);
  if (!parts) return malformed;
  // The digest runs off the main thread while the fields are read; a refused input ignores it.
  const digest = sha256Hex(der, crypto);
  digest.catch(() => undefined);
  let fields = readPlainCertificate(der);
  if (fields === null) {
    const read = (await import('./x509-adapter.ts')).schemaFields(der);
    if (!read.ok) return read;
    fields = read.fields;
  }
  let info: Omit<CertificateInfo, 'sha256'>;
  try {
    info = certificateInfo(der, parts, fields);
  } catch {
    return malformed;
  }
  if (Number.isNaN(info.notBefore.getTime()) || Number.isNaN(info.notAfter.getTime()))
    return malformed;
  const refusal = exponentRefusal(info.subjectPublicKeyInfo, info.subject);
  if (refusal) return { ok: false, error: refusal };
  return { ok: true, certificate: { ...info, sha256: await digest } };
}
