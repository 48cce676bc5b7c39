// Memoized certificate parsing. The same CA certificates come with every server's chain, and the
// page re-checks every input on each edit, so most certificates were parsed moments before.
import { BoundedCache } from './bounded-cache.ts';
import { bytesKey } from './bytes-key.ts';
import { parseCertificateDer, type CertificateParse } from './parse-certificate.ts';

/**
 * As many as one input under the size cap can hold (a certificate takes at least ~250 bytes), so
 * that checking the same input again never parses it twice; the oldest entries go first.
 */
const parsed = new BoundedCache<Promise<CertificateParse>>(4096);

/**
 * The certificate parsed from this DER content, reused when the same bytes were seen before. One
 * cache for every provider: a parse (its SHA-256 included) is the same whichever computed it.
 */
export function parseCertificateCached(der: Uint8Array, crypto: Crypto): Promise<CertificateParse> {
  // The cached result keeps a private copy: the caller's buffer may be reused or changed later.
  return parsed.get(bytesKey(der), () => parseCertificateDer(der.slice(), crypto));
}
