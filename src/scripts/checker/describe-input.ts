// What an input holds, in the words of its recognized line: the format it was read as and each
// certificate's name. Runs in the worker, on the core's parse of the same bytes.
import type { CertificateInfo, ParseResult } from '../../lib/cert/types.ts';
import type { InputFormat, Recognition } from './worker-protocol.ts';

// The signedData content type (1.2.840.113549.1.7.2) as DER, which opens every PKCS#7 bundle.
const signedDataOid = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];
const bundleArmor = /-----BEGIN (PKCS7|PKCS #7 SIGNED DATA|CMS|CERTIFICATE CHAIN)-----/;

function startsWithin(bytes: Uint8Array, needle: readonly number[], window: number): boolean {
  const end = Math.min(bytes.length - needle.length, window);
  for (let at = 0; at <= end; at += 1) {
    if (needle.every((byte, offset) => bytes[at + offset] === byte)) return true;
  }
  return false;
}

/** The format of an input that parsed: binary DER (bundle or not), PEM armor, or bare Base-64. */
export function inputFormat(bytes: Uint8Array): InputFormat {
  if (bytes[0] === 0x30) return startsWithin(bytes, signedDataOid, 24) ? 'pkcs7' : 'der';
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const text = new TextDecoder(utf16 ? 'utf-16' : 'utf-8').decode(bytes);
  if (bundleArmor.test(text)) return 'pkcs7';
  return text.includes('-----BEGIN ') ? 'pem' : 'base64';
}

/** A certificate's name for people: its CN, else its first DNS name, else its subject. */
export function certificateName(certificate: CertificateInfo): string {
  const cn = certificate.subject.rdns.flat().find((attribute) => attribute.type === 'CN');
  return cn?.value ?? certificate.dnsNames?.[0] ?? certificate.subject.text;
}

/** The recognized line's data for one input and its parse result. */
export function describeInput(bytes: Uint8Array, parsed: ParseResult): Recognition {
  if (!parsed.ok) return { ok: false, error: parsed.error };
  return { ok: true, format: inputFormat(bytes), names: parsed.certificates.map(certificateName) };
}
