// A PKCS#10 certificate request found in an input: read it through the request reader, which is
// imported only now, so that the page and the CLI load @peculiar/x509 only when a request is seen.
import type { ParseResult } from './types.ts';
import { inputError } from './input-error.ts';
import { exponentRefusal } from './rsa-public-key.ts';

/** Reads one request's DER into a parse result; a request that does not read is malformed. */
export async function parseRequest(der: Uint8Array, crypto: Crypto): Promise<ParseResult> {
  const { readRequest } = await import('./request-reader.ts');
  const request = await readRequest(der, crypto);
  if (!request) return { ok: false, error: inputError('malformed') };
  const refusal = exponentRefusal(request.subjectPublicKeyInfo, request.subject);
  return refusal ? { ok: false, error: refusal } : { ok: true, certificates: [], request };
}

/** A reference input must hold certificates: a request names no CA, so it is refused. */
export function refuseRequest<P extends ParseResult>(
  parsed: P,
): P | Extract<ParseResult, { readonly ok: false }> {
  return parsed.ok && parsed.request
    ? { ok: false, error: inputError('request-as-reference') }
    : parsed;
}
