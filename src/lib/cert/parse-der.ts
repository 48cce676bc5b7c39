// Turns one DER object into certificates or a typed error, refusing key material by structure.
import type { CertificateInfo, InputError, ParseResult } from './types.ts';
import { derKind } from './der-kind.ts';
import { inputError } from './input-error.ts';
import { pkcs7Certificates } from './pkcs7.ts';
import { parseCertificateCached } from './certificate-cache.ts';
import { parseRequest } from './request-input.ts';

/** Parses certificate DERs; the first that fails makes the whole input unusable, with its reason. */
export async function parseCertificateList(
  ders: readonly Uint8Array[],
  crypto: Crypto,
): Promise<ParseResult> {
  const certificates: CertificateInfo[] = [];
  // All at once, so that their WebCrypto digests overlap instead of waiting one after another.
  const parses = ders.map((der) => parseCertificateCached(der, crypto));
  // Those after a refused certificate are never awaited: they must not reject unhandled.
  for (const parse of parses) parse.catch(() => undefined);
  for (const parse of parses) {
    const parsed = await parse;
    if (!parsed.ok) return parsed;
    certificates.push(parsed.certificate);
  }
  return certificates.length > 0
    ? { ok: true, certificates }
    : { ok: false, error: inputError('no-certificate') };
}

const refusals: Readonly<Partial<Record<ReturnType<typeof derKind>, InputError>>> = {
  'private-key': inputError('private-key'),
  pkcs12: inputError('pkcs12'),
  'public-key': inputError('not-a-certificate', { kind: 'public-key' }),
  crl: inputError('not-a-certificate', { kind: 'crl' }),
  malformed: inputError('malformed'),
  unknown: inputError('no-certificate'),
};

/** Parses a DER object of any supported kind (certificate, PKCS#7 or certificate request). */
export async function parseDer(der: Uint8Array, crypto: Crypto): Promise<ParseResult> {
  const kind = derKind(der);
  if (kind === 'certificate') return parseCertificateList([der], crypto);
  if (kind === 'csr') return parseRequest(der, crypto);
  if (kind === 'pkcs7') {
    const ders = pkcs7Certificates(der);
    return ders
      ? parseCertificateList(ders, crypto)
      : { ok: false, error: inputError('malformed') };
  }
  return { ok: false, error: refusals[kind] ?? inputError('no-certificate') };
}
