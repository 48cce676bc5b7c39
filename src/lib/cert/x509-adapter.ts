// The only module that touches the @peculiar ASN.1 stack for certificates (request-reader.ts does
// for requests): it turns certificate DER into the plain CertificateInfo data of types.ts, and
// every exception of the library into a null result.
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
import type { CertificateInfo, DistinguishedName, NameAttribute } from './types.ts';
import { certificateParts } from './certificate-parts.ts';
import { namesEqual } from './name-compare.ts';
import { signatureScheme } from './algorithms.ts';
import { publicKeyInfo } from './public-key-info.ts';
import { sha256Hex, toHex } from './hex.ts';
import {
  noExtensionFacts,
  type CertificateFields,
  type ExtensionFacts,
  type RawAttribute,
} from './certificate-fields.ts';
import { readPlainCertificate } from './fast-certificate.ts';

const shortNames: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'street',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'title',
  '2.5.4.42': 'GN',
  '2.5.4.4': 'SN',
  '0.9.2342.19200300.100.1.25': 'DC',
  '0.9.2342.19200300.100.1.1': 'UID',
  '1.2.840.113549.1.9.1': 'E',
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

/** Reads the extensions; a broken extension makes the certificate malformed (throws). */
function readExtensions(certificate: Certificate): ExtensionFacts {
  const facts = noExtensionFacts();
  for (const extension of certificate.tbsCertificate.extensions ?? []) {
    const value = extension.extnValue.buffer;
    switch (extension.extnID) {
      case '2.5.29.19':
        facts.isCa = AsnConvert.parse(value, BasicConstraints).cA;
        break;
      case '2.5.29.14':
        facts.subjectKeyId = toHex(
          new Uint8Array(AsnConvert.parse(value, SubjectKeyIdentifier).buffer),
        );
        break;
      case '2.5.29.35': {
        const id = AsnConvert.parse(value, AuthorityKeyIdentifier).keyIdentifier;
        facts.authorityKeyId = id ? toHex(new Uint8Array(id.buffer)) : null;
        break;
      }
      case '2.5.29.17':
        facts.dnsNames = AsnConvert.parse(value, SubjectAlternativeName).flatMap((n) =>
          n.dNSName === undefined ? [] : [n.dNSName],
        );
        break;
      case '2.5.29.37':
        facts.extendedKeyUsage = [...AsnConvert.parse(value, ExtendedKeyUsage)];
        break;
      case '2.5.29.31':
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
    extensions: readExtensions(certificate),
  };
}

/** Parses one certificate's DER; null when it is not a valid certificate. */
export async function parseCertificateDer(der: Uint8Array): Promise<CertificateInfo | null> {
  const parts = certificateParts(der);
  if (!parts) return null;
  // The digest runs off the main thread while the fields are read; a refused input ignores it.
  const digest = sha256Hex(der);
  digest.catch(() => undefined);
  let info: Omit<CertificateInfo, 'sha256'>;
  try {
    const fields = readPlainCertificate(der) ?? schemaFields(der);
    if (!fields) return null;
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
      signatureAlgorithm: {
        oid: fields.signatureOid,
        name: signatureScheme(fields.signatureOid).name,
      },
      crlDistributionPoints: ext.crlDistributionPoints,
    };
  } catch {
    return null;
  }
  if (Number.isNaN(info.notBefore.getTime()) || Number.isNaN(info.notAfter.getTime())) return null;
  return { ...info, sha256: await digest };
}
