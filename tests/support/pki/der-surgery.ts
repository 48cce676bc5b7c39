// Rewrites signed DER objects (certificates and PKCS#10 requests) part by part: another public
// key, another signature algorithm, another signature. The schema library signs only what WebCrypto
// can; the tests also need what it cannot (SHA-224, MD5, DSA, Ed448, huge RSA keys).
import { encodingOf, readChildren, readTlv } from '../../../src/lib/cert/der.ts';

/** DER length octets. */
function lengthOctets(length: number): number[] {
  if (length < 0x80) return [length];
  const octets: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) octets.unshift(rest % 256);
  return [0x80 | octets.length, ...octets];
}

/** Parts one after the other. */
export function concat(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** One TLV around some content. */
export function tlv(tag: number, ...content: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const body = concat(...content);
  return concat(new Uint8Array([tag, ...lengthOctets(body.length)]), body);
}

/** The DER of an OBJECT IDENTIFIER. */
export function oidDer(oid: string): Uint8Array<ArrayBuffer> {
  const [first = 0, second = 0, ...rest] = oid.split('.').map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const base128 = [arc % 128];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128))
      base128.unshift((value % 128) | 0x80);
    bytes.push(...base128);
  }
  return tlv(0x06, new Uint8Array(bytes));
}

/** The DER of a non-negative INTEGER. */
export function integerDer(value: bigint): Uint8Array<ArrayBuffer> {
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  if (/^[89a-f]/.test(hex)) hex = `00${hex}`;
  return tlv(
    0x02,
    Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16)),
  );
}

/** The encodings of the TLVs directly inside the outer TLV of `der`. */
export function childrenOf(der: Uint8Array): Uint8Array[] {
  const outer = readTlv(der, 0);
  const children = outer && readChildren(der, outer);
  if (!children) throw new Error('not a constructed DER object');
  return children.map((child) => encodingOf(der, child));
}

/** What a signed object is: where its signed part keeps the key and the algorithm. */
export type SignedKind = 'certificate' | 'request';

/** Field positions inside the signed part (after a certificate's explicit version). */
function positions(kind: SignedKind, fields: readonly Uint8Array[]) {
  if (kind === 'request') return { algorithm: -1, spki: 2 };
  const shift = fields[0]?.[0] === 0xa0 ? 1 : 0;
  return { algorithm: 1 + shift, spki: 5 + shift };
}

/** How to rewrite a signed object; anything left out is kept. */
export interface Rewrite {
  readonly spki?: Uint8Array;
  /** The AlgorithmIdentifier, written both inside the signed part and outside it. */
  readonly algorithm?: Uint8Array;
  /** Signs the new signed part; without it the old signature stays (then it no longer fits). */
  readonly sign?: (tbs: Uint8Array) => Uint8Array;
}

/** The object with another key, algorithm or signature. */
export function rewriteSigned(
  der: Uint8Array,
  kind: SignedKind,
  rewrite: Rewrite,
): Uint8Array<ArrayBuffer> {
  const [tbs, algorithm, signature] = childrenOf(der);
  if (!tbs || !algorithm || !signature) throw new Error('not a signed object');
  const fields = childrenOf(tbs);
  const at = positions(kind, fields);
  if (rewrite.spki) fields[at.spki] = rewrite.spki;
  if (rewrite.algorithm && at.algorithm >= 0) fields[at.algorithm] = rewrite.algorithm;
  const newTbs = tlv(0x30, ...fields);
  const newSignature = rewrite.sign
    ? tlv(0x03, new Uint8Array([0]), rewrite.sign(newTbs))
    : signature;
  return tlv(0x30, newTbs, rewrite.algorithm ?? algorithm, newSignature);
}
