// Cache keys for byte content, injective so that equal keys mean equal bytes. Native base64
// (Uint8Array.prototype.toBase64) is by far the fastest; elsewhere one char per byte, made by
// fromCharCode over whole chunks, still lets a Map hash and compare the bytes natively.

/** Longest content worth a cache entry: real certificates are a few KB. */
export const maxKeyBytes = 64 * 1024;

const chunk = 8192;

type MaybeBase64 = { toBase64?: (this: Uint8Array) => string };
const toBase64 = (Uint8Array.prototype as MaybeBase64).toBase64;

/** One char code per byte. */
function charKey(bytes: Uint8Array): string {
  let key = '';
  // Chunked so that no call passes more arguments than the engine accepts.
  for (let start = 0; start < bytes.length; start += chunk) {
    key += String.fromCharCode.apply(null, bytes.subarray(start, start + chunk) as never);
  }
  return key;
}

/** A key equal for equal bytes only; null above `maxKeyBytes`, not worth caching. */
export function bytesKey(bytes: Uint8Array): string | null {
  if (bytes.length > maxKeyBytes) return null;
  return toBase64 ? toBase64.call(bytes) : charKey(bytes);
}
