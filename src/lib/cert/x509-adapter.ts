// The only module that touches the @peculiar ASN.1 stack for certificates (request-reader.ts does
// for requests): it turns certificate DER into the plain CertificateInfo data of types.ts, and
// every exception of the library into a typed input error.
// It uses @peculiar/x509's own schema packages (asn1-schema, asn1-x509) rather than @peculiar/x509
// itself: the full library costs ~58 KB gzip in the browser, over the checker's budget.
import { AsnConvert } from '@peculiar/asn1-schema';
import {
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  CRLDistributionPoints,
  ExtendedKeyUsage,
  SubjectAlternativeName,
  Name,
  SubjectKeyIdentifier,
  type GeneralName,
} from '@peculiar/asn1-x509';
import type {
  CertificateInfo,
  DistinguishedName,
  InputError,
  NameAttribute,
  SignatureAlgorithmInfo,
} from './types.ts';
import { certificateParts } from './certificate-parts.ts';
import { namesEqual } from './name-compare.ts';
import { signatureScheme } from './algorithms.ts';
import { publicKeyInfo } from './public-key-info.ts';
import { exponentRefusal } from './rsa-public-key.ts';
import { sha256Hex, toHex } from './hex.ts';
import {
  noExtensionFacts,
  type CertificateFields,
  type ExtensionFacts,
  type RawAttribute,
} from './certificate-fields.ts';
import { readPlainCertificate } from './fast-certificate.ts';
import { attributeOid, extensionOid } from './oids.ts';
import { inputError, malformedExtensionError } from './input-error.ts';

const shortNames: Readonly<Record<string, string>> = {
  [attributeOid.commonName]: 'CN',
  [attributeOid.serialNumber]: 'serialNumber',
  [attributeOid.country]: 'C',
  [attributeOid.locality]: 'L',
  [attributeOid.stateOrProvince]: 'ST',
  [attributeOid.street]: 'street',
  [attributeOid.organization]: 'O',
  [attributeOid.organizationalUnit]: 'OU',
  [attributeOid.title]: 'title',
  [attributeOid.givenName]: 'GN',
  [attributeOid.surname]: 'SN',
  [attributeOid.domainComponent]: 'DC',
  [attributeOid.userId]: 'UID',
  [attributeOid.emailAddress]: 'E',
};

type AttributeValueLike = Certificate['tbsCertificate']['subject'][number][number]['value'];

/** The attribute's string whatever its ASN.1 string type; unknown types as `#hex` (RFC 4514). */
function attributeText(value: AttributeValueLike): string {
  const text =
    value.utf8String ??
    value.printableString ??
    value.bmpString ??
    value.universalString ??
    value.teletexString ??
    value.ia5String;
  return text ?? `#${toHex(new Uint8Array(value.anyValue ?? new ArrayBuffer(0)))}`;
}

/** Escapes RFC 4514 special characters for the readable form. */
const escapeDn = (text: string): string => text.replace(/([,+"\\<>;])/g, '\\$1');

/** Attributes of a Name, in encoding order. */
const rawName = (name: Name): RawAttribute[][] =>
  name.map((rdn) => rdn.map((atv) => ({ oid: atv.type, value: attributeText(atv.value) })));

/** Plain-data form of a Name. */
function toDistinguishedName(name: readonly (readonly RawAttribute[])[]): DistinguishedName {
  const rdns: NameAttribute[][] = name.map((rdn) =>
    rdn.map(({ oid, value }) => ({ oid, type: shortNames[oid] ?? oid, value })),
  );
  const text = [...rdns]
    .reverse()
    .map((rdn) => rdn.map((a) => `${a.type}=${escapeDn(a.value)}`).join('+'))
    .join(', ');
  return { text, rdns };
}

/** The plain-data form of a DER Name (a request's subject); throws when it is not a Name. */
export function distinguishedNameFromDer(der: Uint8Array): DistinguishedName {
  return toDistinguishedName(rawName(AsnConvert.parse(der, Name)));
}

/** Text of a GeneralName for display (CRL distribution points). */
function generalNameText(name: GeneralName): string {
  if (name.uniformResourceIdentifier !== undefined) return name.uniformResourceIdentifier;
  if (name.directoryName) return toDistinguishedName(rawName(name.directoryName)).text;
  return name.dNSName ?? name.rfc822Name ?? name.iPAddress ?? name.registeredID ?? '?';
}

/** Thrown by the schema reader when an extension the checks read is not valid DER. */
export class MalformedExtension extends Error {
  /** The malformed extension's OID. */
  readonly oid: string;
  constructor(oid: string) {
    super(oid);
    this.oid = oid;
  }
}

/** Reads one extension the checks need into `facts`; throws when its value does not parse. */
function readExtension(facts: ExtensionFacts, id: string, value: ArrayBuffer): void {
  switch (id) {
    case extensionOid.basicConstraints:
      facts.isCa = AsnConvert.parse(value, BasicConstraints).cA;
      break;
    case extensionOid.subjectKeyIdentifier:
      facts.subjectKeyId = toHex(
        new Uint8Array(AsnConvert.parse(value, SubjectKeyIdentifier).buffer),
      );
      break;
    case extensionOid.authorityKeyIdentifier: {
      const id = AsnConvert.parse(value, AuthorityKeyIdentifier).keyIdentifier;
      facts.authorityKeyId = id ? toHex(new Uint8Array(id.buffer)) : null;
      break;
    }
    case extensionOid.subjectAltName:
      facts.dnsNames = AsnConvert.parse(value, SubjectAlternativeName).flatMap((n) =>
        n.dNSName === undefined ? [] : [n.dNSName],
      );
      break;
    case extensionOid.extKeyUsage:
      facts.extendedKeyUsage = [...AsnConvert.parse(value, ExtendedKeyUsage)];
      break;
    case extensionOid.crlDistributionPoints:
      facts.crlDistributionPoints = AsnConvert.parse(value, CRLDistributionPoints).flatMap(
        (point) => {
          const name = point.distributionPoint;
          if (name?.fullName) return name.fullName.map(generalNameText);
          const relative = name?.nameRelativeToCRLIssuer;
          return relative
            ? [relative.map((a) => attributeText(a.value)).join('+')]
            : ['(cRLIssuer)'];
        },
      );
      break;
  }
}

/** Reads the extensions; a broken extension throws MalformedExtension naming it. */
function readExtensions(certificate: Certificate): ExtensionFacts {
  const facts = noExtensionFacts();
  for (const extension of certificate.tbsCertificate.extensions ?? []) {
    facts.entries.push({ oid: extension.extnID, critical: extension.critical });
    try {
      readExtension(facts, extension.extnID, extension.extnValue.buffer);
    } catch {
      throw new MalformedExtension(extension.extnID);
    }
  }
  return facts;
}

/** The fields through the full schema parse; throws when the certificate is malformed. */
export function schemaFields(der: Uint8Array): CertificateFields | null {
  const certificate = AsnConvert.parse(der, Certificate);
  const tbs = certificate.tbsCertificate;
  // Versions other than v1..v3 do not exist (RFC 5280); such a certificate is malformed.
  if (tbs.version > 2) return null;
  return {
    version: tbs.version,
    serialNumber: toHex(new Uint8Array(tbs.serialNumber)),
    issuer: rawName(tbs.issuer),
    subject: rawName(tbs.subject),
    notBefore: tbs.validity.notBefore.getTime(),
    notAfter: tbs.validity.notAfter.getTime(),
    signatureOid: certificate.signatureAlgorithm.algorithm,
    tbsSignatureOid: tbs.signature.algorithm,
    extensions: readExtensions(certificate),
  };
}

/** The outcome of parsing one certificate: its data, or why it cannot be used. */
export type CertificateParse =
  | { readonly ok: true; readonly certificate: CertificateInfo }
  | { readonly ok: false; readonly error: InputError };

const malformed: CertificateParse = { ok: false, error: inputError('malformed') };

/** The algorithm of an AlgorithmIdentifier's DER, named. */
function algorithmInfo(oid: string): SignatureAlgorithmInfo {
  return { oid, name: signatureScheme(oid).name };
}

/** Parses one certificate's DER into its data, or the input error that explains the refusal. */
export async function parseCertificateDer(der: Uint8Array): Promise<CertificateParse> {
  const parts = certificateParts(der);
  if (!parts) return malformed;
  // The digest runs off the main thread while the fields are read; a refused input ignores it.
  const digest = sha256Hex(der);
  digest.catch(() => undefined);
  let info: Omit<CertificateInfo, 'sha256'>;
  try {
    const fields = readPlainCertificate(der) ?? schemaFields(der);
    if (!fields) return malformed;
    const ext = fields.extensions;
    const subject = toDistinguishedName(fields.subject);
    const issuer = toDistinguishedName(fields.issuer);
    const selfIssued = namesEqual(subject, issuer);
    info = {
      der,
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
      publicKey: publicKeyInfo(parts.subjectPublicKeyInfo),
      subjectPublicKeyInfo: parts.subjectPublicKeyInfo,
      signatureAlgorithm: algorithmInfo(fields.signatureOid),
      // Compared as encoded, parameters included, as RFC 5280 4.1.1.2 asks.
      signatureAlgorithmMismatch: parts.algorithmsAgree
        ? null
        : algorithmInfo(fields.tbsSignatureOid),
      crlDistributionPoints: ext.crlDistributionPoints,
      extensions: ext.entries,
    };
  } catch (error) {
    if (error instanceof MalformedExtension)
      return { ok: false, error: malformedExtensionError(error.oid) };
    return malformed;
  }
  if (Number.isNaN(info.notBefore.getTime()) || Number.isNaN(info.notAfter.getTime()))
    return malformed;
  const refusal = exponentRefusal(info.subjectPublicKeyInfo, info.subject);
  if (refusal) return { ok: false, error: refusal };
  return { ok: true, certificate: { ...info, sha256: await digest } };
}
