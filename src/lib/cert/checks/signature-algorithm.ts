// The `signature-algorithm` check: SHA-2 with RSA or ECDSA passes, SHA-1 is supported by Lync
// Server 2013 but distrusted by current clients, anything else is not supported by Lync. A
// certificate whose outer algorithm differs from the one it signed (tbsCertificate.signature,
// RFC 5280 4.1.1.2) fails first: no verifier can know which of the two was used.
import type { CertificateInfo, CheckResult } from '../types.ts';
import { signatureScheme } from '../algorithms.ts';
import { result } from './check-result.ts';

/** The signature algorithm check. */
export function checkSignatureAlgorithm(
  certificate: Pick<CertificateInfo, 'signatureAlgorithm'> &
    Partial<Pick<CertificateInfo, 'signatureAlgorithmMismatch'>>,
): CheckResult {
  const scheme = signatureScheme(certificate.signatureAlgorithm.oid);
  const params = { algorithm: certificate.signatureAlgorithm.name };
  // A request has one signature algorithm field, so no mismatch to look for.
  const inner = certificate.signatureAlgorithmMismatch ?? null;
  if (inner !== null) {
    return result('signature-algorithm', 'fail', 'check.signature-algorithm.mismatch', {
      ...params,
      tbsAlgorithm: inner.name,
    });
  }
  const classic = scheme.family === 'rsa' || scheme.family === 'ecdsa';
  if (
    classic &&
    (scheme.hash === 'SHA-224' ||
      scheme.hash === 'SHA-256' ||
      scheme.hash === 'SHA-384' ||
      scheme.hash === 'SHA-512')
  ) {
    return result('signature-algorithm', 'pass', 'check.signature-algorithm.sha2', params);
  }
  if (classic && scheme.hash === 'SHA-1')
    return result('signature-algorithm', 'warn', 'check.signature-algorithm.sha1', params);
  return result('signature-algorithm', 'fail', 'check.signature-algorithm.unsupported', params);
}
