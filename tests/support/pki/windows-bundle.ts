// Bundles as the Management Shell snippet prints them and as Windows writes them: label lines
// `# <fqdn> <role> <use>`, PEM at 64 columns (the snippet's ConvertTo-Pem), `# reference` once,
// WARNING: lines in between, saved as UTF-16LE with a byte order mark and CRLF (Windows
// PowerShell 5.1's `>`), or with 76-column Base-64 (.NET's InsertLineBreaks).
import type { TestCas } from './authorities.ts';
import type { TestCert } from './issue.ts';
import type { LeafName, TestLeaf } from './leaves.ts';

/** Base-64 of DER in lines of `width` characters. */
export function base64Lines(der: Uint8Array, width = 64): string[] {
  let binary = '';
  for (const byte of der) binary += String.fromCharCode(byte);
  return btoa(binary).match(new RegExp(`.{1,${width}}`, 'g')) ?? [];
}

/** One labelled certificate exactly as the snippet's ConvertTo-Pem writes it. */
export function snippetPem(label: string, cert: TestCert, width = 64): string[] {
  return [
    label,
    '-----BEGIN CERTIFICATE-----',
    ...base64Lines(cert.der, width),
    '-----END CERTIFICATE-----',
  ];
}

/** The snippet's output for the test PKI: two Front End certificates, the reference, PChat. */
export function snippetOutput(
  pki: { readonly cas: TestCas; readonly leaves: Readonly<Record<LeafName, TestLeaf>> },
  width = 64,
): string {
  const { cas, leaves } = pki;
  return [
    'WARNING: fe02.contoso.com: its certificates could not be read (WinRM cannot complete the operation)',
    ...snippetPem('# fe01.contoso.com FrontEnd Default', leaves.frontEnd, width),
    ...snippetPem('# reference', cas.issuingCa1, width),
    ...snippetPem('# fe01.contoso.com FrontEnd WebServicesInternal', leaves.frontEnd, width),
    ...snippetPem('# pchat01.contoso.com PersistentChat Default', leaves.pchat, width),
    '',
  ].join('\n');
}

/** Text as Windows PowerShell 5.1's `>` saves it: UTF-16LE with a byte order mark, CRLF. */
export function windowsUtf16(text: string): Uint8Array {
  return utf16(text.replace(/\r?\n/g, '\r\n'), 'le');
}

/** UTF-16 with a byte order mark, little- or big-endian. */
export function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const [low, high] = [code & 0xff, code >> 8];
    bytes[2 + i * 2] = order === 'le' ? low : high;
    bytes[3 + i * 2] = order === 'le' ? high : low;
  }
  return bytes;
}
