// The worker's one PEM writer: certificates split for many rows at once are handed to the page as
// PEM, ready to be a row's file, so that the page only joins text (issue 25, fault 5).

/** Base-64 of `bytes`, a 32 KiB slice per call (one call per byte is slow, one call for all
 * bytes passes the engine's limit on arguments). */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}

/** PEM text of one DER object under `label`, wrapped at 64 columns as files have it. */
export function pemOf(der: Uint8Array, label: string): string {
  const body = (base64(der).match(/.{1,64}/g) ?? []).join('\n');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}
