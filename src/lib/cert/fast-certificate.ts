// Reads the common, plainly encoded certificate straight from the DER, without the schema library:
// its generic decorator-driven conversion costs milliseconds per new certificate. Anything unusual
// (other string or name types, odd times, unknown parameters) gives null, and the adapter then
// runs the full schema parse, so the outcome is the same as before, only reached faster.
import {
  contentOf,
  derTag,
  readChildren,
  readOid,
  readSmallInt,
  readTlv,
  type Tlv,
} from './der.ts';
import { toHex } from './hex.ts';

/** One attribute as the adapter needs it. */
export interface RawAttribute {
  readonly oid: string;
  readonly value: string;
}

/** Decoded extensions that the checks need. */
export interface ExtensionFacts {
  isCa: boolean | null;
  subjectKeyId: string | null;
  authorityKeyId: string | null;
  dnsNames: string[] | null;
  extendedKeyUsage: string[] | null;
  crlDistributionPoints: string[];
}

/** The fields of a certificate that the adapter turns into CertificateInfo. */
export interface CertificateFields {
  readonly version: number;
  readonly serialNumber: string;
  readonly issuer: RawAttribute[][];
  readonly subject: RawAttribute[][];
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly signatureOid: string;
  readonly extensions: ExtensionFacts;
}

/** Thrown inside this module when the input leaves the plain path; never escapes it. */
class Unusual extends Error {}

/** The value, or a jump to the full parser when it is missing. */
function need<T>(value: T | null | undefined | false): T {
  if (value === null || value === undefined || value === false) throw new Unusual();
  return value;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** One char per byte, as the schema library decodes PrintableString and IA5String. */
const latin1 = (bytes: Uint8Array): string => String.fromCharCode.apply(null, bytes as never);

/** Children of a TLV with the given tag. */
function children(der: Uint8Array, tlv: Tlv | undefined, tag: number): Tlv[] {
  return need(tlv?.tag === tag && readChildren(der, tlv));
}

/** A dotted OID, only for the short minimal encodings both decoders agree on. */
function oidOf(der: Uint8Array, tlv: Tlv | undefined): string {
  const bytes = need(tlv?.tag === derTag.oid && contentOf(der, tlv));
  let run = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (run === 0 && byte === 0x80) throw new Unusual();
    run = byte & 0x80 ? run + 1 : 0;
    if (run > 3) throw new Unusual();
  }
  if (run !== 0) throw new Unusual();
  return need(readOid(der, tlv));
}

/** Attribute text for the string types seen in practice; others go the full way. */
function attributeText(der: Uint8Array, tlv: Tlv | undefined): string {
  const bytes = contentOf(der, need(tlv));
  if (bytes.length === 0) throw new Unusual();
  if (tlv?.tag === 0x13 || tlv?.tag === 0x16) return latin1(bytes);
  if (tlv?.tag !== 0x0c) throw new Unusual();
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Unusual();
  }
}

/** A Name: SEQUENCE OF non-empty SET OF { type, value }. */
function nameOf(der: Uint8Array, tlv: Tlv | undefined): RawAttribute[][] {
  return children(der, tlv, derTag.sequence).map((rdn) => {
    const attributes = children(der, rdn, derTag.set).map((atv) => {
      const [type, value, extra] = children(der, atv, derTag.sequence);
      if (extra) throw new Unusual();
      return { oid: oidOf(der, type), value: attributeText(der, value) };
    });
    return need(attributes.length > 0 && attributes);
  });
}

/** Two digits at `at` of an ASCII time string. */
function digits(text: Uint8Array, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const byte = need(text[i]);
    if (byte < 0x30 || byte > 0x39) throw new Unusual();
    value = value * 10 + byte - 0x30;
  }
  return value;
}

/** UTCTime YYMMDDHHMMSSZ or GeneralizedTime YYYYMMDDHHMMSSZ; other forms go the full way. */
function timeOf(der: Uint8Array, tlv: Tlv | undefined): Date {
  const text = contentOf(der, need(tlv));
  const long = tlv?.tag === derTag.generalizedTime;
  if ((!long && tlv?.tag !== derTag.utcTime) || text.length !== (long ? 15 : 13)) {
    throw new Unusual();
  }
  if (text[text.length - 1] !== 0x5a) throw new Unusual();
  const short = digits(text, 0, 2);
  const year = long ? digits(text, 0, 4) : short + (short >= 50 ? 1900 : 2000);
  const at = long ? 4 : 2;
  const parts = [0, 2, 4, 6, 8].map((offset) => digits(text, at + offset, 2));
  const [month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Only dates that need no rolling over: the schema library is left to judge the rest.
  const same =
    year >= 1950 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second;
  return need(same && date);
}

/** An AlgorithmIdentifier with absent, NULL or OID parameters; its OID. */
function algorithmOf(der: Uint8Array, tlv: Tlv | undefined): string {
  const [oid, params, extra] = children(der, tlv, derTag.sequence);
  if (extra) throw new Unusual();
  if (
    params &&
    params.tag !== derTag.oid &&
    !(params.tag === derTag.null && params.end === params.contentStart)
  )
    throw new Unusual();
  if (params?.tag === derTag.oid) oidOf(der, params);
  return oidOf(der, oid);
}

/** A BIT STRING's check: at least the unused-bits byte, and that at most 7. */
function checkBitString(der: Uint8Array, tlv: Tlv | undefined): void {
  if (tlv?.tag !== derTag.bitString || tlv.end === tlv.contentStart) throw new Unusual();
  if ((der[tlv.contentStart] ?? 8) > 7) throw new Unusual();
}

/** The single TLV spanning an extension value. */
function single(value: Uint8Array, tag: number): Tlv {
  const tlv = readTlv(value, 0);
  return need(tlv?.tag === tag && tlv.end === value.length && tlv);
}

/** Strings inside SAN or CRL names: one char per byte (IA5String), only the listed tag. */
function namesOf(value: Uint8Array, list: Tlv, tag: number): string[] {
  const names = children(value, list, list.tag);
  return need(names.length > 0 && names).map((name) => {
    if (name.tag !== tag) throw new Unusual();
    return latin1(contentOf(value, name));
  });
}

/** Reads one extension the checks need into `facts`. */
function readExtension(facts: ExtensionFacts, id: string, value: Uint8Array): void {
  if (id === '2.5.29.19') {
    const [first, second, extra] = children(value, single(value, derTag.sequence), derTag.sequence);
    const flag = first?.tag === derTag.boolean ? first : undefined;
    const length = second ?? (flag ? undefined : first);
    if (extra || (second && !flag) || (length && length.tag !== derTag.integer))
      throw new Unusual();
    if (flag && flag.end - flag.contentStart !== 1) throw new Unusual();
    if (length && length.end === length.contentStart) throw new Unusual();
    facts.isCa = flag ? value[flag.contentStart] !== 0 : false;
  } else if (id === '2.5.29.14') {
    facts.subjectKeyId = toHex(contentOf(value, single(value, derTag.octetString)));
  } else if (id === '2.5.29.35') {
    const fields = children(value, single(value, derTag.sequence), derTag.sequence);
    const [first] = fields;
    if (fields.some((f) => f.tag !== 0x80 && f.tag !== 0x82) || fields.length > 2)
      throw new Unusual();
    if (fields.length === 2 && (first?.tag !== 0x80 || fields[1]?.tag !== 0x82))
      throw new Unusual();
    facts.authorityKeyId = first?.tag === 0x80 ? toHex(contentOf(value, first)) : null;
  } else if (id === '2.5.29.17') {
    facts.dnsNames = namesOf(value, single(value, derTag.sequence), 0x82);
  } else if (id === '2.5.29.37') {
    const list = children(value, single(value, derTag.sequence), derTag.sequence);
    facts.extendedKeyUsage = need(list.length > 0 && list).map((oid) => oidOf(value, oid));
  } else if (id === '2.5.29.31') {
    const points = children(value, single(value, derTag.sequence), derTag.sequence);
    facts.crlDistributionPoints = need(points.length > 0 && points).flatMap((point) => {
      const [name, extra] = children(value, point, derTag.sequence);
      const [full, more] = children(value, name, derTag.context0);
      if (extra || more || full?.tag !== derTag.context0) throw new Unusual();
      return namesOf(value, full, 0x86);
    });
  }
}

/** Extensions: SEQUENCE OF { OID, BOOLEAN DEFAULT FALSE, OCTET STRING }. */
function extensionsOf(der: Uint8Array, wrapper: Tlv | undefined): ExtensionFacts {
  const facts: ExtensionFacts = {
    isCa: null,
    subjectKeyId: null,
    authorityKeyId: null,
    dnsNames: null,
    extendedKeyUsage: null,
    crlDistributionPoints: [],
  };
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
    readExtension(facts, oidOf(der, id), contentOf(der, value));
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
    algorithmOf(der, innerAlgorithm);
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
      extensions: extensionsOf(der, extensions),
    };
  } catch (error) {
    if (error instanceof Unusual) return null;
    throw error;
  }
}
