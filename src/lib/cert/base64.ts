// Strict base64: a broken paste must be reported as broken, not decoded into garbage. Encoding
// is here too, for the PEM writer (pem.ts).

const alphabet = /^[A-Za-z0-9+/]*={0,2}$/;

// Native decoding (Uint8Array.fromBase64) where the engine has it; it is many times faster than a
// byte loop, which matters when every server's chain repeats the same CA certificates.
type MaybeFromBase64 = { fromBase64?: (text: string) => Uint8Array };
const fromBase64 = (Uint8Array as MaybeFromBase64).fromBase64;

type MaybeToBase64 = { toBase64?: () => string };

/** Encodes bytes as base64 (one line, padded). */
export function encodeBase64(bytes: Uint8Array): string {
  const native = (bytes as MaybeToBase64).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Decodes base64 (whitespace ignored); null when it is not valid base64. */
export function decodeBase64(text: string): Uint8Array | null {
  // The native decoder skips ASCII whitespace and refuses what the checks below refuse; what it
  // refuses (other whitespace too) takes the long way, so the outcome is the same, only sooner.
  try {
    if (fromBase64) return fromBase64(text);
  } catch {
    // The long way below.
  }
  const compact = text.replace(/\s+/g, '');
  if (!alphabet.test(compact) || compact.length % 4 === 1) return null;
  const padded = compact.padEnd(compact.length + ((4 - (compact.length % 4)) % 4), '=');
  if (padded.length !== compact.length && compact.includes('=')) return null;
  try {
    if (fromBase64) return fromBase64(padded);
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** Whether text could be bare base64 DER: base64 characters only, lines without spaces. */
export function looksLikeBareBase64(text: string): boolean {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.length > 0 && lines.every((line) => /^[A-Za-z0-9+/=]+$/.test(line));
}
