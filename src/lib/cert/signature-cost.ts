// What one signature check costs, so that the run's cap bounds work and not only the number of
// checks (issue 25): an RSA key's work grows with the square of its modulus and with its exponent's
// bits, P-384 and P-521 cost several P-256 checks, and a long certificate is hashed for each check.
// One unit is about one check with an ordinary key: RSA up to 4096 bits with exponent 65537, P-256,
// Ed25519 (measured: 0.03-0.3 ms with WebCrypto in Node, twice that in code for SHA-224).
import { publicKeyInfo } from './public-key-info.ts';
import { rsaPublicKey } from './rsa-public-key.ts';

/** Microseconds of work that one unit stands for. */
const unitMicroseconds = 250;
/** Signed bytes hashed per unit: about 256 KiB of SHA-256 a unit, above the first. */
const bytesPerUnit = 256 * 1024;
/** EC verifications, in units, by curve (P-384 and P-521 measured at 8 and 14 times P-256). */
const curveUnits: ReadonlyMap<string | null, number> = new Map([
  ['P-256', 1],
  ['P-384', 3],
  ['P-521', 5],
]);

/** Set bits of an unsigned big-endian integer. */
function popCount(bytes: Uint8Array): number {
  let count = 0;
  for (let byte of bytes) {
    for (; byte > 0; byte >>= 1) count += byte & 1;
  }
  return count;
}

/** Units of one verification with an RSA key: square-and-multiply steps over the modulus size. */
function rsaUnits(spki: Uint8Array): number {
  const key = rsaPublicKey(spki);
  if (!key) return 1;
  // 60 µs for a 2048-bit modulus and exponent 65537 (17 squarings, 2 multiplications), in code.
  const steps = key.exponentBits + popCount(key.exponent);
  const micros = 60 * (key.modulusBits / 2048) ** 2 * (steps / 19);
  return Math.max(1, Math.ceil(micros / unitMicroseconds));
}

const keyUnits = new WeakMap<Uint8Array, number>();

/** The units of verifying one signature with the key in `spki` (at least 1). */
export function keyCost(spki: Uint8Array): number {
  let units = keyUnits.get(spki);
  if (units === undefined) {
    const info = publicKeyInfo(spki);
    // Only an EC key names a curve; any other key, or a curve not listed, counts as one unit.
    units =
      info.kind === 'rsa' || info.kind === 'rsa-pss'
        ? rsaUnits(spki)
        : (curveUnits.get(info.curve) ?? 1);
    keyUnits.set(spki, units);
  }
  return units;
}

/** The units of hashing `length` signed bytes beyond those a unit covers. */
export const dataCost = (length: number): number => Math.floor(length / bytesPerUnit);

/** The units of one check: `spki`'s key verifying a signature over `length` bytes. */
export const checkCost = (spki: Uint8Array, length: number): number =>
  keyCost(spki) + dataCost(length);
