// Turns input bytes into text: UTF-8 with or without BOM, or UTF-16 with BOM (what Windows
// PowerShell's `>` writes). Without a BOM, UTF-16 is recognised by its NUL bytes so that it gets
// a clear error instead of a confusing "no certificate".

/** Decoded text, or null when the bytes are not text in a supported encoding. */
export function decodeText(bytes: Uint8Array): string | null {
  const [b0, b1, b2] = bytes;
  try {
    if (b0 === 0xff && b1 === 0xfe)
      return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (b0 === 0xfe && b1 === 0xff)
      return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return null;
  }
}

/** Whether bytes look like BOM-less UTF-16 text: many NULs at every other position. */
export function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenNuls++;
    else oddNuls++;
  }
  const half = bytes.length / 2;
  return Math.max(evenNuls, oddNuls) > half * 0.9 && Math.min(evenNuls, oddNuls) < half * 0.1;
}
