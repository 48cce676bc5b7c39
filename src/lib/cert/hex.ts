// Hex and digest helpers shared by the adapter and the report.

/** Lowercase hex without separators. */
export function toHex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte.toString(16).padStart(2, '0');
  return text;
}

/** Lowercase hex SHA-256 of some bytes, via the given WebCrypto. */
export async function sha256Hex(bytes: Uint8Array, crypto: Crypto): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return toHex(new Uint8Array(digest));
}
