// Decides what a DER object is from its structure alone, before any schema parse, so that key
// material is refused without ever being handed to a parser.
import { contentTypeOid } from './oids.ts';
import { derTag, readChildren, readOid, readSmallInt, readTlv, type Tlv } from './der.ts';

/** What a DER object looks like. */
export type DerKind =
  | 'certificate'
  | 'pkcs7'
  | 'pkcs12'
  | 'private-key'
  | 'public-key'
  | 'csr'
  | 'crl'
  | 'unknown'
  | 'malformed';

const timeTags: readonly number[] = [derTag.utcTime, derTag.generalizedTime];

const tagsAre = (children: readonly Tlv[], tags: readonly number[]): boolean =>
  children.length >= tags.length && tags.every((tag, i) => children[i]?.tag === tag);

/** Kind of the signed structure SEQUENCE { tbs SEQUENCE, AlgorithmIdentifier, BIT STRING }. */
function signedKind(bytes: Uint8Array, tbs: Tlv): DerKind {
  const fields = readChildren(bytes, tbs);
  if (!fields) return 'malformed';
  if (fields[0]?.tag === derTag.context0) return 'certificate';
  const s = derTag.sequence;
  if (tagsAre(fields, [derTag.integer, s, s, s, s, s])) return 'certificate';
  if (tagsAre(fields, [derTag.integer, s, s, derTag.context0])) return 'csr';
  const timeAt = fields[0]?.tag === derTag.integer ? 3 : 2;
  if (timeTags.includes(fields[timeAt]?.tag ?? -1)) return 'crl';
  // Looks signed but fits nothing: let the certificate parser report what is wrong.
  return 'certificate';
}

/** Kind of a SEQUENCE whose children were read. */
function sequenceKind(bytes: Uint8Array, children: readonly Tlv[]): DerKind {
  const [a, b, c] = children;
  if (!a) return 'unknown';
  if (children.length === 3 && a.tag === derTag.sequence && b?.tag === derTag.sequence) {
    if (c?.tag === derTag.bitString) return signedKind(bytes, a);
  }
  const version = readSmallInt(bytes, a);
  // PFX: SEQUENCE { INTEGER 3, ContentInfo { data | signedData }, MacData OPTIONAL }.
  if (version === 3 && b?.tag === derTag.sequence) {
    const info = readChildren(bytes, b);
    const oid = readOid(bytes, info?.[0]);
    if (oid === contentTypeOid.data || oid === contentTypeOid.signedData) return 'pkcs12';
  }
  // PKCS#8 OneAsymmetricKey: INTEGER 0|1, AlgorithmIdentifier, OCTET STRING.
  if ((version === 0 || version === 1) && b?.tag === derTag.sequence) {
    if (c?.tag === derTag.octetString) return 'private-key';
  }
  // SEC 1 ECPrivateKey: INTEGER 1, OCTET STRING, ...
  if (version === 1 && b?.tag === derTag.octetString) return 'private-key';
  // PKCS#1 RSAPrivateKey: version then eight INTEGERs.
  if (version !== null && children.length >= 9 && children.every((t) => t.tag === derTag.integer)) {
    return 'private-key';
  }
  // EncryptedPrivateKeyInfo: AlgorithmIdentifier, OCTET STRING.
  if (children.length === 2 && a.tag === derTag.sequence && b?.tag === derTag.octetString) {
    return 'private-key';
  }
  if (children.length === 2 && a.tag === derTag.sequence && b?.tag === derTag.bitString) {
    return 'public-key';
  }
  if (children.length === 2 && a.tag === derTag.integer && b?.tag === derTag.integer) {
    return 'public-key';
  }
  const oid = readOid(bytes, a);
  return oid === contentTypeOid.signedData ? 'pkcs7' : 'unknown';
}

/** Classifies DER bytes; trailing bytes after the first object are ignored. */
export function derKind(bytes: Uint8Array): DerKind {
  const outer = readTlv(bytes, 0);
  if (!outer) return 'malformed';
  if (outer.tag !== derTag.sequence) return 'unknown';
  const children = readChildren(bytes, outer);
  return children ? sequenceKind(bytes, children) : 'malformed';
}
