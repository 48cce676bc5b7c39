// DER shapes that parsers get wrong: nesting to any depth, declared lengths far past the end,
// and random tag-length-value trees.
import type { Random } from './random.ts';

/** The DER length octets for `length`. */
export function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const octets: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) octets.unshift(rest % 256);
  return [0x80 | octets.length, ...octets];
}

/** `depth` SEQUENCEs (or `tag`s), each holding the next, around `core`; built without copying. */
export function nested(depth: number, core: Uint8Array = new Uint8Array(), tag = 0x30): Uint8Array {
  const lengths = new Array<number>(depth);
  let inner = core.length;
  for (let level = depth - 1; level >= 0; level -= 1) {
    lengths[level] = inner;
    inner += 1 + derLength(inner).length;
  }
  const out = new Uint8Array(inner);
  let at = 0;
  for (let level = 0; level < depth; level += 1) {
    out[at++] = tag;
    for (const octet of derLength(lengths[level] ?? 0)) out[at++] = octet;
  }
  out.set(core, at);
  return out;
}

/** Indefinite-length nesting (BER, never valid DER): `0x30 0x80` repeated, end markers optional. */
export function indefinite(depth: number, closed: boolean): Uint8Array {
  const out = new Uint8Array(depth * (closed ? 4 : 2));
  for (let level = 0; level < depth; level += 1) out.set([0x30, 0x80], level * 2);
  return out;
}

/** A header declaring a huge length (up to 2^64 - 1) followed by a little content. */
export function hugeLength(random: Random): Uint8Array {
  const octetCount = random.pick([4, 5, 8, 0x7e]);
  const header = [random.pick([0x30, 0x31, 0x04, 0x02, 0xa0]), 0x80 | Math.min(octetCount, 0x7f)];
  for (let i = 0; i < Math.min(octetCount, 16); i += 1)
    header.push(random.pick([0xff, 0x7f, 0x80]));
  return new Uint8Array([...header, ...random.bytes(random.int(64))]);
}

/** A random TLV tree: plausible tags, sometimes wrong lengths. */
export function randomDer(random: Random, budget = 64): Uint8Array {
  const tags = [0x30, 0x31, 0x02, 0x03, 0x04, 0x05, 0x06, 0x0c, 0x13, 0x17, 0x18, 0xa0, 0xa3, 0x80];
  const node = (depthLeft: number): number[] => {
    const tag = random.pick(tags);
    const constructed = (tag & 0x20) !== 0 && depthLeft > 0;
    const content: number[] = [];
    if (constructed) {
      for (let n = random.int(4); n > 0; n -= 1) content.push(...node(depthLeft - 1));
    } else {
      content.push(...random.bytes(random.int(budget)));
    }
    const length = random.int(10) === 0 ? random.int(1 << 20) : content.length;
    return [tag, ...derLength(length), ...content];
  };
  return new Uint8Array(node(random.between(1, 6)));
}

/** One TLV around already encoded content. */
function tlv(tag: number, content: Uint8Array): Uint8Array {
  const header = [tag, ...derLength(content.length)];
  const out = new Uint8Array(header.length + content.length);
  out.set(header);
  out.set(content, header.length);
  return out;
}

/** Encoded parts one after the other. */
function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const oid = (bytes: number[]): Uint8Array => tlv(0x06, new Uint8Array(bytes));
const signedDataOid = oid([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02]);
const dataOid = oid([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01]);

/** A certs-only PKCS#7 around certificate DERs, framed directly (any number, quickly). */
export function pkcs7Frame(certificates: readonly Uint8Array[]): Uint8Array {
  const signedData = tlv(
    0x30,
    concat([
      new Uint8Array([0x02, 0x01, 0x01]),
      tlv(0x31, new Uint8Array()),
      tlv(0x30, dataOid),
      tlv(0xa0, concat(certificates)),
      tlv(0x31, new Uint8Array()),
    ]),
  );
  return tlv(0x30, concat([signedDataOid, tlv(0xa0, signedData)]));
}
