// The only module that touches the @peculiar ASN.1 stack for certificates (request-reader.ts does
// for requests), and the fallback of parse-certificate.ts, which imports it only when the fast
// reader declines a certificate: it reads the fields through the full schema parse and turns
// every exception of the library into a typed input error.
// It uses @peculiar/x509's own schema packages (asn1-schema, asn1-x509) rather than @peculiar/x509
// itself: the full library costs ~58 KB gzip in the browser.
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
import type { DistinguishedName, InputError } from './types.ts';
import { toHex } from './hex.ts';
import {
  noExtensionFacts,
  type CertificateFields,
  type ExtensionFacts,
  type RawAttribute,
} from './certificate-fields.ts';
import { toDistinguishedName } from './distinguished-name.ts';
import { extensionOid } from './oids.ts';
import { inputError, malformedExtensionError } from './input-error.ts';

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

/** Attributes of a Name, in encoding order. */
const rawName = (name: Name): RawAttribute[][] =>
  name.map((rdn) => rdn.map((atv) => ({ oid: atv.type, value: attributeText(atv.value) })));

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

/** The fields through the full schema parse, or why the certificate cannot be used. */
export type SchemaFields =
  | { readonly ok: true; readonly fields: CertificateFields }
  | { readonly ok: false; readonly error: InputError };

/** The fields through the full schema parse; the library's exceptions become input errors. */
export function schemaFields(der: Uint8Array): SchemaFields {
  try {
    const certificate = AsnConvert.parse(der, Certificate);
    const tbs = certificate.tbsCertificate;
    // Versions other than v1..v3 do not exist (RFC 5280); such a certificate is malformed.
    if (tbs.version > 2) return { ok: false, error: inputError('malformed') };
    const fields: CertificateFields = {
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
    return { ok: true, fields };
  } catch (error) {
    return {
      ok: false,
      error:
        error instanceof MalformedExtension
          ? malformedExtensionError(error.oid)
          : inputError('malformed'),
    };
  }
}
