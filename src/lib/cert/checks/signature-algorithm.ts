// The `signature-algorithm` check: SHA-2 with RSA or ECDSA passes, SHA-1 is supported by Lync
// Server 2013 but distrusted by current clients, anything else is not supported by Lync.
import type { CertificateInfo, CheckResult } from '../types.ts';
import { signatureScheme } from '../algorithms.ts';
import { result } from './check-result.ts';

/** The signature algorithm check. */
export function checkSignatureAlgorithm(
  certificate: Pick<CertificateInfo, 'signatureAlgorithm'>,
): CheckResult {
  const scheme = signatureScheme(certificate.signatureAlgorithm.oid);
  const params = { algorithm: certificate.signatureAlgorithm.name };
  const classic = scheme.family === 'rsa' || scheme.family === 'ecdsa';
  if (
    classic &&
    (scheme.hash === 'SHA-224' ||
      scheme.hash === 'SHA-256' ||
      scheme.hash === 'SHA-384' ||
      scheme.hash === 'SHA-512')
  ) {
    return result('signature-algorithm', 'pass', 'sha2', params);
  }
  if (classic && scheme.hash === 'SHA-1')
    return result('signature-algorithm', 'warn', 'sha1', params);
  return result('signature-algorithm', 'fail', 'unsupported', params);
}
