// A minimal, strict DER reader. It only locates TLVs: the schema work stays in the adapter, but
// sniffing the input kind and slicing the signed bytes must never depend on a full parse.
import { constructedBit, derTag, highTagNumber } from './der-tags.ts';

/** One DER tag-length-value, located inside a byte array. */
export interface Tlv {
  /** First identifier byte (class, constructed bit and low tag number). */
  readonly tag: number;
  /** Offset of the identifier byte. */
  readonly start: number;
  /** Offset of the first content byte. */
  readonly contentStart: number;
  /** Offset just past the last content byte. */
  readonly end: number;
}

/** The named tags, re-exported for the modules that read DER through this file. */
export { derTag };

/** Reads the TLV at `offset` within `[offset, limit)`; null when truncated or not DER. */
export function readTlv(bytes: Uint8Array, offset: number, limit = bytes.length): Tlv | null {
  if (offset + 2 > limit) return null;
  const tag = bytes[offset] ?? 0;
  // High tag numbers (low bits 11111) never occur in the structures we accept.
  if ((tag & highTagNumber) === highTagNumber) return null;
  const first = bytes[offset + 1] ?? 0;
  let length = first;
  let contentStart = offset + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 4 || contentStart + count > limit) return null;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[contentStart + i] ?? 0);
    contentStart += count;
  }
  const end = contentStart + length;
  return end > limit ? null : { tag, start: offset, contentStart, end };
}

/** The TLVs directly inside a constructed TLV; null when any child is truncated. */
export function readChildren(bytes: Uint8Array, parent: Tlv): Tlv[] | null {
  const children: Tlv[] = [];
  let offset = parent.contentStart;
  while (offset < parent.end) {
    const child = readTlv(bytes, offset, parent.end);
    if (!child) return null;
    children.push(child);
    offset = child.end;
  }
  return children;
}

/** Decodes an OBJECT IDENTIFIER TLV to dotted form; null when it is not one. */
export function readOid(bytes: Uint8Array, tlv: Tlv | undefined): string | null {
  if (!tlv || tlv.tag !== derTag.oid || tlv.end === tlv.contentStart) return null;
  const parts: number[] = [];
  let value = 0;
  for (let i = tlv.contentStart; i < tlv.end; i++) {
    const byte = bytes[i] ?? 0;
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      if (parts.length === 0)
        parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/** Content bytes of a TLV. */
export function contentOf(bytes: Uint8Array, tlv: Tlv): Uint8Array {
  return bytes.subarray(tlv.contentStart, tlv.end);
}

/** Whole encoding (header and content) of a TLV. */
export function encodingOf(bytes: Uint8Array, tlv: Tlv): Uint8Array {
  return bytes.subarray(tlv.start, tlv.end);
}

/** Value of a small non-negative INTEGER TLV; null when absent, negative or large. */
export function readSmallInt(bytes: Uint8Array, tlv: Tlv | undefined): number | null {
  if (!tlv || tlv.tag !== derTag.integer) return null;
  const length = tlv.end - tlv.contentStart;
  if (length < 1 || length > 4 || (bytes[tlv.contentStart] ?? 0) & 0x80) return null;
  let value = 0;
  for (let i = tlv.contentStart; i < tlv.end; i++) value = value * 256 + (bytes[i] ?? 0);
  return value;
}

/** Bit length of an unsigned big-endian INTEGER's content (leading zero bytes ignored). */
export function integerBits(content: Uint8Array): number {
  let i = 0;
  while (i < content.length && content[i] === 0) i++;
  if (i === content.length) return 0;
  return (content.length - i - 1) * 8 + Math.floor(Math.log2(content[i] ?? 1)) + 1;
}

/** Whether a TLV and everything constructed inside it is well-formed DER framing. */
export function isWellFormed(bytes: Uint8Array, tlv: Tlv, depth = 0): boolean {
  if (!(tlv.tag & constructedBit)) return true;
  if (depth > 32) return false;
  const children = readChildren(bytes, tlv);
  return children !== null && children.every((child) => isWellFormed(bytes, child, depth + 1));
}
