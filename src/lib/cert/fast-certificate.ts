// Reads the common, plainly encoded certificate straight from the DER, without the schema library:
// its generic decorator-driven conversion costs milliseconds per new certificate, and loading it
// costs more. Anything unusual (other string or name types, odd times, unknown parameters) gives
// null: the reader declines, parse-certificate.ts then imports the full schema parse, and the
// outcome is the same as that parse's, only reached faster.
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
  algorithmOf,
  children,
  isPlainBitString,
  nameOf,
  namesOf,
  oidOf,
  single,
  timeOf,
} from './plain-der-values.ts';

/** basicConstraints { cA BOOLEAN DEFAULT FALSE, pathLen INTEGER OPTIONAL }: cA, or null. */
function caFlag(value: Uint8Array): boolean | null {
  const fields = children(value, single(value, derTag.sequence) ?? undefined, derTag.sequence);
  if (fields === null || fields.length > 2) return null;
  const [first, second] = fields;
  const flag = first?.tag === derTag.boolean ? first : undefined;
  const length = second ?? (flag ? undefined : first);
  if ((second && !flag) || (length && length.tag !== derTag.integer)) return null;
  if (flag && flag.end - flag.contentStart !== 1) return null;
  if (length && length.end === length.contentStart) return null;
  return flag ? value[flag.contentStart] !== 0 : false;
}

/** authorityKeyIdentifier's keyIdentifier as hex (null when it has none); null when unusual. */
function authorityKeyId(value: Uint8Array): { readonly id: string | null } | null {
  const fields = children(value, single(value, derTag.sequence) ?? undefined, derTag.sequence);
  const { keyIdentifier, authorityCertSerialNumber } = implicitTag;
  if (fields === null || fields.length > 2) return null;
  if (fields.some((f) => f.tag !== keyIdentifier && f.tag !== authorityCertSerialNumber))
    return null;
  const [first, second] = fields;
  if (second && (first?.tag !== keyIdentifier || second.tag !== authorityCertSerialNumber))
    return null;
  return { id: first?.tag === keyIdentifier ? toHex(contentOf(value, first)) : null };
}

/** Every distribution point's full-name URIs, or null when one is of another shape. */
function distributionPoints(value: Uint8Array): string[] | null {
  const points = children(value, single(value, derTag.sequence) ?? undefined, derTag.sequence);
  if (points === null || points.length === 0) return null;
  const uris: string[] = [];
  for (const point of points) {
    const name = children(value, point, derTag.sequence);
    if (name === null || name.length !== 1) return null;
    const full = children(value, name[0], derTag.context0);
    if (full === null || full.length !== 1 || full[0]?.tag !== derTag.context0) return null;
    const names = namesOf(value, full[0], implicitTag.uri);
    if (names === null) return null;
    uris.push(...names);
  }
  return uris;
}

/** Reads one extension the checks need into `facts`; false when it is not plainly encoded. */
function readExtension(facts: ExtensionFacts, id: string, value: Uint8Array): boolean {
  switch (id) {
    case extensionOid.basicConstraints: {
      const isCa = caFlag(value);
      facts.isCa = isCa;
      return isCa !== null;
    }
    case extensionOid.subjectKeyIdentifier: {
      const tlv = single(value, derTag.octetString);
      if (tlv) facts.subjectKeyId = toHex(contentOf(value, tlv));
      return tlv !== null;
    }
    case extensionOid.authorityKeyIdentifier: {
      const key = authorityKeyId(value);
      if (key) facts.authorityKeyId = key.id;
      return key !== null;
    }
    case extensionOid.subjectAltName: {
      facts.dnsNames = namesOf(value, single(value, derTag.sequence), implicitTag.dnsName);
      return facts.dnsNames !== null;
    }
    case extensionOid.extKeyUsage: {
      const list = children(value, single(value, derTag.sequence) ?? undefined, derTag.sequence);
      const oids: string[] = [];
      for (const tlv of list ?? []) {
        const oid = oidOf(value, tlv);
        if (oid === null) return false;
        oids.push(oid);
      }
      facts.extendedKeyUsage = oids;
      return oids.length > 0;
    }
    case extensionOid.crlDistributionPoints: {
      const uris = distributionPoints(value);
      if (uris) facts.crlDistributionPoints = uris;
      return uris !== null;
    }
    default:
      return true;
  }
}

/** Extensions: SEQUENCE OF { OID, BOOLEAN DEFAULT FALSE, OCTET STRING }; null when unusual. */
function extensionsOf(der: Uint8Array, wrapper: Tlv | undefined): ExtensionFacts | null {
  const facts = noExtensionFacts();
  if (!wrapper) return facts;
  const wrapped = children(der, wrapper, derTag.context3);
  if (wrapped === null || wrapped.length !== 1) return null;
  const list = children(der, wrapped[0], derTag.sequence);
  if (list === null) return null;
  for (const extension of list) {
    const fields = children(der, extension, derTag.sequence);
    if (fields === null || fields.length < 2 || fields.length > 3) return null;
    const [id, critical] = fields;
    const value = fields[fields.length - 1];
    const hasFlag = fields.length === 3;
    if (value?.tag !== derTag.octetString) return null;
    if (hasFlag && (critical?.tag !== derTag.boolean || critical.end - critical.contentStart !== 1))
      return null;
    const oid = oidOf(der, id);
    if (oid === null) return null;
    facts.entries.push({ oid, critical: hasFlag && der[critical?.contentStart ?? 0] !== 0 });
    if (!readExtension(facts, oid, contentOf(der, value))) return null;
  }
  return facts;
}

/** The version of an explicit [0] version field (v1 when absent); null when unusual. */
function versionOf(der: Uint8Array, explicit: Tlv | undefined): number | null {
  if (!explicit) return 0;
  const version = readSmallInt(der, children(der, explicit, derTag.context0)?.[0]);
  if (version === null || version > 2 || explicit.end - explicit.contentStart !== 3) return null;
  return version;
}

/** The certificate's fields when it has the plain shape, else null (the full parser decides). */
export function readPlainCertificate(der: Uint8Array): CertificateFields | null {
  const outer = children(der, readTlv(der, 0) ?? undefined, derTag.sequence);
  if (outer === null || outer.length !== 3) return null;
  const [tbs, algorithm, signature] = outer;
  if (!isPlainBitString(der, signature)) return null;
  const fields = children(der, tbs, derTag.sequence);
  if (fields === null) return null;
  const explicit = fields[0]?.tag === derTag.context0 ? fields.shift() : undefined;
  const version = versionOf(der, explicit);
  if (version === null || fields.length > 7) return null;
  const [serial, innerAlgorithm, issuer, validity, subject, spki, extensions] = fields;
  if (serial?.tag !== derTag.integer || serial.end === serial.contentStart) return null;
  const times = children(der, validity, derTag.sequence);
  const key = children(der, spki, derTag.sequence);
  if (times === null || times.length > 2 || key === null || key.length > 2) return null;
  if (algorithmOf(der, key[0]) === null || !isPlainBitString(der, key[1])) return null;
  const read = {
    issuer: nameOf(der, issuer),
    subject: nameOf(der, subject),
    notBefore: timeOf(der, times[0]),
    notAfter: timeOf(der, times[1]),
    signatureOid: algorithmOf(der, algorithm),
    tbsSignatureOid: algorithmOf(der, innerAlgorithm),
  };
  const { issuer: i, subject: s, notBefore, notAfter, signatureOid, tbsSignatureOid } = read;
  if (!i || !s || !notBefore || !notAfter || !signatureOid || !tbsSignatureOid) return null;
  const facts = extensionsOf(der, extensions);
  if (facts === null) return null;
  return {
    version,
    serialNumber: toHex(contentOf(der, serial)),
    issuer: i,
    subject: s,
    notBefore,
    notAfter,
    signatureOid,
    tbsSignatureOid,
    extensions: facts,
  };
}
