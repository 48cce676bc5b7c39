// Readers of the plainly encoded values of a certificate (names, times, OIDs, algorithm
// identifiers) for the fast reader. Anything unusual throws Unusual, so the caller falls back to
// the full schema parse and never decides differently from it.
import { contentOf, derTag, readChildren, readOid, readTlv, type Tlv } from './der.ts';
import type { RawAttribute } from './certificate-fields.ts';

/** Thrown inside this module when the input leaves the plain path; never escapes it. */
export class Unusual extends Error {}

/** The value, or a jump to the full parser when it is missing. */
export function need<T>(value: T | null | undefined | false): T {
  if (value === null || value === undefined || value === false) throw new Unusual();
  return value;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** One char per byte, as the schema library decodes PrintableString and IA5String. */
const latin1 = (bytes: Uint8Array): string => String.fromCharCode.apply(null, bytes as never);

/** Children of a TLV with the given tag. */
export function children(der: Uint8Array, tlv: Tlv | undefined, tag: number): Tlv[] {
  return need(tlv?.tag === tag && readChildren(der, tlv));
}

/** A dotted OID, only for the short minimal encodings both decoders agree on. */
export function oidOf(der: Uint8Array, tlv: Tlv | undefined): string {
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
  if (tlv?.tag === derTag.printableString || tlv?.tag === derTag.ia5String) return latin1(bytes);
  if (tlv?.tag !== derTag.utf8String) throw new Unusual();
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Unusual();
  }
}

/** A Name: SEQUENCE OF non-empty SET OF { type, value }. */
export function nameOf(der: Uint8Array, tlv: Tlv | undefined): RawAttribute[][] {
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
export function timeOf(der: Uint8Array, tlv: Tlv | undefined): Date {
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
export function algorithmOf(der: Uint8Array, tlv: Tlv | undefined): string {
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
export function checkBitString(der: Uint8Array, tlv: Tlv | undefined): void {
  if (tlv?.tag !== derTag.bitString || tlv.end === tlv.contentStart) throw new Unusual();
  if ((der[tlv.contentStart] ?? 8) > 7) throw new Unusual();
}

/** The single TLV spanning an extension value. */
export function single(value: Uint8Array, tag: number): Tlv {
  const tlv = readTlv(value, 0);
  return need(tlv?.tag === tag && tlv.end === value.length && tlv);
}

/** Strings inside SAN or CRL names: one char per byte (IA5String), only the listed tag. */
export function namesOf(value: Uint8Array, list: Tlv, tag: number): string[] {
  const names = children(value, list, list.tag);
  return need(names.length > 0 && names).map((name) => {
    if (name.tag !== tag) throw new Unusual();
    return latin1(contentOf(value, name));
  });
}
