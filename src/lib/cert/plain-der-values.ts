// Readers of the plainly encoded values of a certificate (names, times, OIDs, algorithm
// identifiers) for the fast reader. Anything unusual gives null, so the caller declines and the
// full schema parse decides: the fast reader never decides differently from it.
import { contentOf, derTag, readChildren, readOid, readTlv, type Tlv } from './der.ts';
import type { RawAttribute } from './certificate-fields.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** One char per byte, as the schema library decodes PrintableString and IA5String. */
const latin1 = (bytes: Uint8Array): string => String.fromCharCode.apply(null, bytes as never);

/** Children of a TLV with the given tag; null when it is absent, of another tag or broken. */
export function children(der: Uint8Array, tlv: Tlv | undefined, tag: number): Tlv[] | null {
  return tlv?.tag === tag ? readChildren(der, tlv) : null;
}

/** A dotted OID, only for the short minimal encodings both decoders agree on. */
export function oidOf(der: Uint8Array, tlv: Tlv | undefined): string | null {
  if (tlv?.tag !== derTag.oid) return null;
  const bytes = contentOf(der, tlv);
  let run = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (run === 0 && byte === 0x80) return null;
    run = byte & 0x80 ? run + 1 : 0;
    if (run > 3) return null;
  }
  return run === 0 ? readOid(der, tlv) : null;
}

/** Attribute text for the string types seen in practice; others go the full way. */
function attributeText(der: Uint8Array, tlv: Tlv | undefined): string | null {
  if (!tlv) return null;
  const bytes = contentOf(der, tlv);
  if (bytes.length === 0) return null;
  if (tlv.tag === derTag.printableString || tlv.tag === derTag.ia5String) return latin1(bytes);
  if (tlv.tag !== derTag.utf8String) return null;
  try {
    return utf8.decode(bytes);
  } catch {
    // Not UTF-8: the schema library decodes it its own way, so it decides.
    return null;
  }
}

/** One { type, value } attribute of a Name. */
function attributeOf(der: Uint8Array, atv: Tlv): RawAttribute | null {
  const fields = children(der, atv, derTag.sequence);
  if (fields?.length !== 2) return null;
  const oid = oidOf(der, fields[0]);
  const value = attributeText(der, fields[1]);
  return oid === null || value === null ? null : { oid, value };
}

/** A Name: SEQUENCE OF non-empty SET OF { type, value }. */
export function nameOf(der: Uint8Array, tlv: Tlv | undefined): RawAttribute[][] | null {
  const rdns = children(der, tlv, derTag.sequence);
  if (rdns === null) return null;
  const name: RawAttribute[][] = [];
  for (const rdn of rdns) {
    const atvs = children(der, rdn, derTag.set);
    if (atvs === null || atvs.length === 0) return null;
    const attributes: RawAttribute[] = [];
    for (const atv of atvs) {
      const attribute = attributeOf(der, atv);
      if (attribute === null) return null;
      attributes.push(attribute);
    }
    name.push(attributes);
  }
  return name;
}

/** `count` ASCII digits at `at` of a time string as a number; null when one is not a digit. */
function digits(text: Uint8Array, at: number, count: number): number | null {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const byte = text[i];
    if (byte === undefined || byte < 0x30 || byte > 0x39) return null;
    value = value * 10 + byte - 0x30;
  }
  return value;
}

/** UTCTime YYMMDDHHMMSSZ or GeneralizedTime YYYYMMDDHHMMSSZ; other forms go the full way. */
export function timeOf(der: Uint8Array, tlv: Tlv | undefined): Date | null {
  if (!tlv) return null;
  const text = contentOf(der, tlv);
  const long = tlv.tag === derTag.generalizedTime;
  if ((!long && tlv.tag !== derTag.utcTime) || text.length !== (long ? 15 : 13)) return null;
  if (text[text.length - 1] !== 0x5a) return null;
  const short = digits(text, 0, 2);
  const full = long ? digits(text, 0, 4) : short;
  if (short === null || full === null) return null;
  const year = long ? full : short + (short >= 50 ? 1900 : 2000);
  const at = long ? 4 : 2;
  const parts: number[] = [];
  for (const offset of [0, 2, 4, 6, 8]) {
    const part = digits(text, at + offset, 2);
    if (part === null) return null;
    parts.push(part);
  }
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
  return same ? date : null;
}

/** An AlgorithmIdentifier with absent, NULL or OID parameters; its OID. */
export function algorithmOf(der: Uint8Array, tlv: Tlv | undefined): string | null {
  const fields = children(der, tlv, derTag.sequence);
  if (fields === null || fields.length > 2) return null;
  const [oid, params] = fields;
  if (params?.tag === derTag.oid) {
    if (oidOf(der, params) === null) return null;
  } else if (params && !(params.tag === derTag.null && params.end === params.contentStart)) {
    return null;
  }
  return oidOf(der, oid);
}

/** Whether a BIT STRING has at least the unused-bits byte, and that at most 7. */
export function isPlainBitString(der: Uint8Array, tlv: Tlv | undefined): boolean {
  if (tlv?.tag !== derTag.bitString || tlv.end === tlv.contentStart) return false;
  return (der[tlv.contentStart] ?? 8) <= 7;
}

/** The single TLV spanning an extension value; null when there is more or it has another tag. */
export function single(value: Uint8Array, tag: number): Tlv | null {
  const tlv = readTlv(value, 0);
  return tlv?.tag === tag && tlv.end === value.length ? tlv : null;
}

/** Strings inside SAN or CRL names: one char per byte (IA5String), only the listed tag. */
export function namesOf(value: Uint8Array, list: Tlv | null, tag: number): string[] | null {
  const names = list && readChildren(value, list);
  if (!names || names.length === 0 || names.some((name) => name.tag !== tag)) return null;
  return names.map((name) => latin1(contentOf(value, name)));
}
