// Finds PEM blocks in arbitrary text: openssl -text dumps, e-mail quoting (`> `), LF/CRLF/CR.
// @peculiar/x509 would silently keep only the first object, so splitting happens here. And the
// one PEM writer, for the page and the CLI alike.
import { encodeBase64 } from './base64.ts';

/** One armored block: its label (e.g. CERTIFICATE) and its base64 body. */
export interface PemBlock {
  readonly label: string;
  readonly body: string;
}

const beginLine = /^-----BEGIN ([A-Z0-9 #]+)-----/;
const endLine = /^-----END ([A-Z0-9 #]+)-----/;
const quotePrefix = /^[ \t]*(?:>[ \t]?)*[ \t]*/;
const privateKeyMarker = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;

/** Normalizes line endings and strips e-mail quote prefixes from each line. */
export function normalizeLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (quotable(line) ? line.replace(quotePrefix, '') : line).trimEnd());
}

// Most lines start with neither blank nor `>`: they skip the prefix expression (a paste of many
// chains has thousands of lines).
function quotable(line: string): boolean {
  const first = line.charCodeAt(0);
  return first === 0x20 || first === 0x09 || first === 0x3e;
}

/** Whether the text holds a PEM private key block of any kind, anywhere. */
export function hasPrivateKeyBlock(text: string): boolean {
  return privateKeyMarker.test(text) || text.includes('PuTTY-User-Key-File-');
}

/** All complete PEM blocks; a BEGIN without its END yields a block flagged by `unterminated`. */
export function findPemBlocks(lines: readonly string[]): {
  blocks: PemBlock[];
  unterminated: boolean;
} {
  const blocks: PemBlock[] = [];
  let label: string | null = null;
  let body: string[] = [];
  let unterminated = false;
  for (const line of lines) {
    const begin = beginLine.exec(line);
    if (begin) {
      if (label !== null) unterminated = true;
      label = begin[1] ?? '';
      body = [];
      continue;
    }
    if (label === null) continue;
    if (endLine.test(line)) {
      blocks.push({ label, body: body.join('') });
      label = null;
      continue;
    }
    // RFC 1421 headers (Proc-Type, DEK-Info) and their blank separator are not base64.
    if (!line.includes(':')) body.push(line.trim());
  }
  return { blocks, unterminated: unterminated || label !== null };
}

/** PEM text of DER objects under one label, 64 columns wide, as OpenSSL and Windows write it. */
export function toPem(ders: readonly Uint8Array[], label = 'CERTIFICATE'): string {
  return ders
    .map((der) => {
      const body = (encodeBase64(der).match(/.{1,64}/g) ?? []).join('\n');
      return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
    })
    .join('');
}
