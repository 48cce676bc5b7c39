// The seeded generator of hostile inputs (issue 9, "Keep the attacker in the project"): every
// input is a pure function of (seed, index), so a finding is replayed from those two numbers.
import { hugeLength, indefinite, nested, pkcs7Frame, randomDer } from './der-builders.ts';
import { conflictingReferences, hugeExponent, impostorAlgorithm } from './forgery-inputs.ts';
import type { FuzzMaterial } from './material.ts';
import { Random } from './random.ts';

/** What the checker must say of an input, beyond answering in the right shape. */
export interface Expectation {
  /** The server's same-CA check must not pass (an impostor). */
  readonly noPass?: boolean;
  /** The input must be refused with this code. */
  readonly code?: string;
}

/** One hostile input and how it was made. */
export interface HostileInput {
  readonly index: number;
  readonly kind: string;
  /** Whether it is given as the reference or as a server's certificate. */
  readonly role: 'reference' | 'server';
  readonly bytes: Uint8Array;
  /** The key of its first certificate, when a TLS server can present it as it is. */
  readonly keyPem?: string;
  readonly expect?: Expectation;
}

/**
 * What a generator makes: bytes; bytes with the key a TLS server presents them with; or bytes with
 * the role they must play and what to expect.
 */
export type Made =
  | Uint8Array
  | { readonly bytes: Uint8Array; readonly keyPem: string }
  | {
      readonly bytes: Uint8Array;
      readonly role: HostileInput['role'];
      readonly expect: Expectation;
    };

const encoder = new TextEncoder();
const text = (value: string): Uint8Array => encoder.encode(value);
const base64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};
const pem = (label: string, body: string): string =>
  `-----BEGIN ${label}-----\n${(body.match(/.{1,64}/g) ?? []).join('\n')}\n-----END ${label}-----\n`;
const certificatePem = (der: Uint8Array): string => pem('CERTIFICATE', base64(der));
/** Bytes of certificates one presented chain holds: under OpenSSL's 100 KiB for the message. */
const presentedLimit = 100_000;

/** Some bytes to start from: a certificate, a chain, a bundle or a crafted PKI. */
function base(random: Random, m: FuzzMaterial): Uint8Array {
  const choice = random.int(10);
  if (choice < 4) return random.pick(m.ders);
  if (choice < 7) return text(random.pick(m.pems));
  if (choice < 9) return random.pick(m.bundles);
  return random.pick(m.crafted);
}

/** A copy of `source` with 1–16 random bits flipped. */
function flipBits(random: Random, source: Uint8Array): Uint8Array {
  const bytes = source.slice();
  for (let n = random.between(1, 16); n > 0 && bytes.length > 0; n -= 1) {
    const at = random.int(bytes.length);
    bytes[at] = (bytes[at] ?? 0) ^ (1 << random.int(8));
  }
  return bytes;
}

/** Flips bits of a certificate, chain or bundle. */
const bitFlips = (random: Random, m: FuzzMaterial): Uint8Array => flipBits(random, base(random, m));

/** Cuts the input short, or cuts a piece out of its middle. */
function truncation(random: Random, m: FuzzMaterial): Uint8Array {
  const bytes = base(random, m);
  const end = random.int(bytes.length);
  if (random.int(2) === 0) return bytes.subarray(0, end);
  const start = random.int(end + 1);
  return new Uint8Array([...bytes.subarray(0, start), ...bytes.subarray(end)]);
}

/** Rewrites the length octets of a TLV header somewhere in a DER object. */
function lengthTampering(random: Random, m: FuzzMaterial): Uint8Array {
  const bytes = random.pick([...m.ders, ...m.bundles]).slice();
  for (let n = random.between(1, 3); n > 0; n -= 1) {
    // Most TLV headers sit right after a SEQUENCE or context tag: aim at those.
    const starts = [];
    for (let i = 0; i + 1 < bytes.length && starts.length < 64; i += random.between(1, 40))
      if (bytes[i] === 0x30 || bytes[i] === 0xa0 || bytes[i] === 0x04) starts.push(i + 1);
    const at = starts.length > 0 ? random.pick(starts) : random.int(bytes.length);
    bytes[at] = random.pick([
      0x00,
      0x7f,
      0x80,
      0x81,
      0x82,
      0x83,
      0x84,
      0x88,
      0xff,
      random.int(256),
    ]);
  }
  return bytes;
}

/** SEQUENCEs nested up to 200,000 levels, definite or indefinite, bare or armored. */
function deepNesting(random: Random): Uint8Array {
  const depth = random.pick([10, 100, 1000, 10_000, 100_000, 200_000, random.between(1, 200_000)]);
  const bytes =
    random.int(3) === 0
      ? indefinite(depth, random.int(2) === 0)
      : nested(depth, random.bytes(random.int(8)), random.pick([0x30, 0x31, 0xa0]));
  return random.int(3) === 0
    ? text(pem(random.pick(['CERTIFICATE', 'PKCS7']), base64(bytes)))
    : bytes;
}

/** Declared lengths of up to 2^64 − 1, bare, inside a bundle's frame, or armored. */
function hugeDeclaredLength(random: Random): Uint8Array {
  const bytes = hugeLength(random);
  if (random.int(3) === 0) return text(pem('CERTIFICATE', base64(bytes)));
  return random.int(2) === 0 ? bytes : nested(random.between(1, 4), bytes);
}

/** Random tag-length-value trees. */
function randomTlv(random: Random): Uint8Array {
  const bytes = randomDer(random);
  return random.int(4) === 0 ? text(pem('CERTIFICATE', base64(bytes))) : bytes;
}

const garbage = (random: Random): string =>
  random.pick([
    '',
    'hello\n',
    '-----BEGIN CERTIFICATE-----\n',
    '-----END CERTIFICATE-----\n',
    '-----BEGIN-----\n',
    '\u0000\u0001\u0002',
    '<script>alert(1)</script>',
    'Proc-Type: 4,ENCRYPTED\n',
    '====\n',
    '\u202e\u200f',
    String.fromCharCode(...random.bytes(20)),
  ]);

/** PEM blocks with text before, between and after them, broken armor, bad characters. */
function pemWithGarbage(random: Random, m: FuzzMaterial): Uint8Array {
  const parts: string[] = [];
  for (let n = random.between(1, 4); n > 0; n -= 1) {
    let block = random.pick(m.pems);
    if (random.int(3) === 0) {
      const at = random.int(block.length);
      block = block.slice(0, at) + garbage(random) + block.slice(at);
    }
    parts.push(garbage(random), block);
  }
  parts.push(garbage(random));
  return text(parts.join(random.pick(['', '\n', '\r\n', '\n\n'])));
}

const whitespace = [
  ' ',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\v',
  '\f',
  '\u00a0',
  '\u2028',
  '\u200b',
  '\ufeff',
];

/** Base-64 bodies with whitespace anywhere, odd line lengths, no armor. */
function oddBase64Whitespace(random: Random, m: FuzzMaterial): Uint8Array {
  const body = base64(random.pick([...m.ders, ...m.bundles]));
  let out = '';
  for (let at = 0; at < body.length;) {
    const step = random.between(1, 120);
    out += body.slice(at, at + step) + random.pick(whitespace);
    at += step;
  }
  return text(
    random.int(2) === 0 ? out : pem('CERTIFICATE', out).replace(/\n/g, random.pick(whitespace)),
  );
}

/** UTF-16 in both byte orders, with or without a byte order mark, sometimes cut or unpaired. */
function utf16(random: Random, m: FuzzMaterial): Uint8Array {
  const source = random.pick(m.pems) + (random.int(4) === 0 ? '\ud800' : '');
  const bigEndian = random.int(2) === 0;
  const bom = random.int(3) !== 0;
  const out = new Uint8Array((bom ? 2 : 0) + source.length * 2 + (random.int(5) === 0 ? 1 : 0));
  if (bom) out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < source.length; i += 1) {
    const code = source.charCodeAt(i);
    const at = (bom ? 2 : 0) + i * 2;
    out[at] = bigEndian ? code >> 8 : code & 0xff;
    out[at + 1] = bigEndian ? code & 0xff : code >> 8;
  }
  return out;
}

/** One PKCS#7 bundle holding thousands of certificates (copies and tampered variants). */
function manyCertificates(random: Random, m: FuzzMaterial): Uint8Array {
  const certificate = random.pick(m.ders);
  const count = Math.min(random.between(1000, 4000), Math.floor(1_000_000 / certificate.length));
  const certs = Array.from({ length: count }, (_, i) => {
    if (random.int(4) !== 0) return certificate;
    // A different serial number's last byte: a distinct certificate with a broken signature.
    const der = certificate.slice();
    der[15] = i & 0xff;
    return der;
  });
  return pkcs7Frame(certs);
}

/** Private keys and PKCS#12-like objects, armored or not, whole or damaged, alone or mixed in. */
function keyMaterial(random: Random, m: FuzzMaterial): Uint8Array {
  const labels = ['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'ENCRYPTED PRIVATE KEY'];
  const keyBody = m.keyPem.replace(/-----[^-]+-----|\s/g, '');
  const choice = random.int(5);
  if (choice === 0) return text(pem(random.pick(labels), keyBody));
  if (choice === 1) return text(random.pick(m.pems) + m.keyPem);
  if (choice === 2) return Uint8Array.from(atob(keyBody), (c) => c.charCodeAt(0));
  // A PFX's outer shape: SEQUENCE { INTEGER 3, SEQUENCE { OID pkcs7-data, … } }.
  const pfx = [0x30, 0x16, 0x02, 0x01, 0x03, 0x30, 0x11, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7];
  const bytes = new Uint8Array([...pfx, 0x0d, 0x01, 0x07, 0x01, 0xa0, 0x04, 0x04, 0x02, 0, 0]);
  return choice === 3 ? bytes : text(pem('PKCS12', base64(bytes)));
}

/**
 * The certificates of a TLS Certificate message as the CLI hands them to the core (issue 25,
 * fault 3): a leaf, then CAs in any order, duplicates, strays and CA 1's name borrowers, up to
 * what one message holds (OpenSSL takes 100 KiB); whole, so that a server can present them too.
 */
function presentedChain(random: Random, m: FuzzMaterial): { bytes: Uint8Array; keyPem: string } {
  const leaf = random.pick(m.presentedLeaves);
  const count = random.int(8) === 0 ? random.between(9, 200) : random.int(9);
  const pems = [leaf.pem.trim() + '\n'];
  // Each certificate costs its DER and 5 bytes of framing (TLS 1.3's lengths); keep a margin.
  let size = leaf.der.length + 5;
  for (let n = 0; n < count; n += 1) {
    const der = random.pick(random.int(3) < 2 ? m.presentedFamily : m.presentedCas);
    if (size + der.length + 5 > presentedLimit) break;
    size += der.length + 5;
    pems.push(certificatePem(der));
  }
  return { bytes: text(pems.join('')), keyPem: leaf.keyPem };
}

/** The crafted PKIs of issue 9 part 1, whole or mutated. */
function craftedPki(random: Random, m: FuzzMaterial): Uint8Array {
  const bytes = random.pick(m.crafted);
  return random.int(3) === 0 ? flipBits(random, bytes) : bytes;
}

/** A certificate whose names carry bidirectional controls: alone, as PEM, or in a chain. */
function bidiNames(random: Random, m: FuzzMaterial): Uint8Array {
  const certificate = random.pick(m.bidi);
  const choice = random.int(3);
  if (choice === 0) return certificate;
  if (choice === 1) return text(pem('CERTIFICATE', base64(certificate)));
  return pkcs7Frame([certificate, random.pick(m.ders)]);
}

const generators: readonly {
  kind: string;
  weight: number;
  make: (r: Random, m: FuzzMaterial) => Made;
}[] = [
  { kind: 'bit-flips', weight: 20, make: bitFlips },
  { kind: 'truncation', weight: 12, make: truncation },
  { kind: 'length-tampering', weight: 14, make: lengthTampering },
  { kind: 'deep-nesting', weight: 4, make: deepNesting },
  { kind: 'huge-length', weight: 6, make: hugeDeclaredLength },
  { kind: 'random-der', weight: 10, make: randomTlv },
  { kind: 'pem-garbage', weight: 10, make: pemWithGarbage },
  { kind: 'base64-whitespace', weight: 8, make: oddBase64Whitespace },
  { kind: 'utf-16', weight: 6, make: utf16 },
  { kind: 'many-certificates', weight: 1, make: manyCertificates },
  { kind: 'key-material', weight: 5, make: keyMaterial },
  { kind: 'crafted-pki', weight: 4, make: craftedPki },
  { kind: 'presented-chain', weight: 4, make: presentedChain },
  { kind: 'impostor-algorithm', weight: 4, make: impostorAlgorithm },
  { kind: 'conflicting-references', weight: 2, make: conflictingReferences },
  { kind: 'huge-exponent', weight: 2, make: hugeExponent },
  { kind: 'bidi-names', weight: 3, make: bidiNames },
];

/** Every kind of hostile input the generator makes. */
export const hostileKinds: readonly string[] = generators.map((g) => g.kind);

const totalWeight = generators.reduce((sum, g) => sum + g.weight, 0);

/** The input number `index` of the run seeded with `seed`. */
export function hostileInput(seed: number, index: number, m: FuzzMaterial): HostileInput {
  const random = new Random((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  // Each stretch of 50 × kinds inputs starts with every kind once: a short run covers them all.
  let roll = random.int(totalWeight);
  const generator =
    generators[index % (generators.length * 50)] ??
    generators.find((g) => (roll -= g.weight) < 0) ??
    generators[0];
  if (!generator) throw new Error('no generator');
  // The role is drawn first, so that the inputs of the older kinds stay what they were per seed.
  const role = random.int(4) === 0 ? 'reference' : 'server';
  const made = generator.make(random, m);
  return made instanceof Uint8Array
    ? { index, kind: generator.kind, role, bytes: made }
    : { index, kind: generator.kind, role, ...made };
}
