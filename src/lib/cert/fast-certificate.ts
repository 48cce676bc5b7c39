// Reads the common, plainly encoded certificate straight from the DER, without the schema library:
// its generic decorator-driven conversion costs milliseconds per new certificate. Anything unusual
// (other string or name types, odd times, unknown parameters) gives null, and the adapter then
// runs the full schema parse, so the outcome is the same as before, only reached faster.
import { contentOf, readSmallInt, readTlv, type Tlv } from './der.ts';
import { derTag, implicitTag } from './der-tags.ts';
import { extensionOid } from './oids.ts';
import { toHex } from './hex.ts';
import {
  noExtensionFacts,
  type CertificateFields,
  type ExtensionFacts,
} from './certificate-fields.ts';
import {
  Unusual,
  algorithmOf,
  checkBitString,
  children,
  nameOf,
  namesOf,
  need,
  oidOf,
  single,
  timeOf,
} from './plain-der-values.ts';

/** Reads one extension the checks need into `facts`. */
function readExtension(facts: ExtensionFacts, id: string, value: Uint8Array): void {
  if (id === extensionOid.basicConstraints) {
    const [first, second, extra] = children(value, single(value, derTag.sequence), derTag.sequence);
    const flag = first?.tag === derTag.boolean ? first : undefined;
    const length = second ?? (flag ? undefined : first);
    if (extra || (second && !flag) || (length && length.tag !== derTag.integer))
      throw new Unusual();
    if (flag && flag.end - flag.contentStart !== 1) throw new Unusual();
    if (length && length.end === length.contentStart) throw new Unusual();
    facts.isCa = flag ? value[flag.contentStart] !== 0 : false;
  } else if (id === extensionOid.subjectKeyIdentifier) {
    facts.subjectKeyId = toHex(contentOf(value, single(value, derTag.octetString)));
  } else if (id === extensionOid.authorityKeyIdentifier) {
    const fields = children(value, single(value, derTag.sequence), derTag.sequence);
    const [first] = fields;
    const { keyIdentifier, authorityCertSerialNumber } = implicitTag;
    if (fields.some((f) => f.tag !== keyIdentifier && f.tag !== authorityCertSerialNumber))
      throw new Unusual();
    if (fields.length > 2) throw new Unusual();
    if (
      fields.length === 2 &&
      (first?.tag !== keyIdentifier || fields[1]?.tag !== authorityCertSerialNumber)
    )
      throw new Unusual();
    facts.authorityKeyId = first?.tag === keyIdentifier ? toHex(contentOf(value, first)) : null;
  } else if (id === extensionOid.subjectAltName) {
    facts.dnsNames = namesOf(value, single(value, derTag.sequence), implicitTag.dnsName);
  } else if (id === extensionOid.extKeyUsage) {
    const list = children(value, single(value, derTag.sequence), derTag.sequence);
    facts.extendedKeyUsage = need(list.length > 0 && list).map((oid) => oidOf(value, oid));
  } else if (id === extensionOid.crlDistributionPoints) {
    const points = children(value, single(value, derTag.sequence), derTag.sequence);
    facts.crlDistributionPoints = need(points.length > 0 && points).flatMap((point) => {
      const [name, extra] = children(value, point, derTag.sequence);
      const [full, more] = children(value, name, derTag.context0);
      if (extra || more || full?.tag !== derTag.context0) throw new Unusual();
      return namesOf(value, full, implicitTag.uri);
    });
  }
}

/** Extensions: SEQUENCE OF { OID, BOOLEAN DEFAULT FALSE, OCTET STRING }. */
function extensionsOf(der: Uint8Array, wrapper: Tlv | undefined): ExtensionFacts {
  const facts = noExtensionFacts();
  if (!wrapper) return facts;
  const [list, extra] = children(der, wrapper, derTag.context3);
  if (extra) throw new Unusual();
  for (const extension of children(der, list, derTag.sequence)) {
    const fields = children(der, extension, derTag.sequence);
    const [id, critical] = fields;
    const value = fields[fields.length - 1];
    const hasFlag = fields.length === 3;
    if (fields.length < 2 || fields.length > 3 || value?.tag !== derTag.octetString)
      throw new Unusual();
    if (hasFlag && (critical?.tag !== derTag.boolean || critical.end - critical.contentStart !== 1))
      throw new Unusual();
    const oid = oidOf(der, id);
    facts.entries.push({ oid, critical: hasFlag && der[critical?.contentStart ?? 0] !== 0 });
    readExtension(facts, oid, contentOf(der, value));
  }
  return facts;
}

/** The certificate's fields when it has the plain shape, else null (use the full parser). */
export function readPlainCertificate(der: Uint8Array): CertificateFields | null {
  try {
    const [tbs, algorithm, signature, extra] = children(
      der,
      readTlv(der, 0) ?? undefined,
      derTag.sequence,
    );
    if (extra) throw new Unusual();
    checkBitString(der, signature);
    const fields = children(der, tbs, derTag.sequence);
    const explicit = fields[0]?.tag === derTag.context0 ? fields.shift() : undefined;
    const version = explicit ? readSmallInt(der, children(der, explicit, derTag.context0)[0]) : 0;
    if (version === null || version > 2 || (explicit && explicit.end - explicit.contentStart !== 3))
      throw new Unusual();
    const [serial, innerAlgorithm, issuer, validity, subject, spki, extensions, more] = fields;
    const serialBytes = contentOf(der, need(serial?.tag === derTag.integer && serial));
    if (more || serialBytes.length === 0) throw new Unusual();
    const [notBefore, notAfter, late] = children(der, validity, derTag.sequence);
    const [spkiAlgorithm, key, spkiExtra] = children(der, spki, derTag.sequence);
    if (late || spkiExtra) throw new Unusual();
    algorithmOf(der, spkiAlgorithm);
    checkBitString(der, key);
    return {
      version,
      serialNumber: toHex(serialBytes),
      issuer: nameOf(der, issuer),
      subject: nameOf(der, subject),
      notBefore: timeOf(der, notBefore),
      notAfter: timeOf(der, notAfter),
      signatureOid: algorithmOf(der, algorithm),
      tbsSignatureOid: algorithmOf(der, innerAlgorithm),
      extensions: extensionsOf(der, extensions),
    };
  } catch (error) {
    if (error instanceof Unusual) return null;
    throw error;
  }
}
