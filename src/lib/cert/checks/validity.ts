// The `validity` check at the instant the user chose; a certificate ending within 30 days warns.
import type { CertificateInfo, CheckResult } from '../types.ts';
import { result } from './check-result.ts';

const day = 24 * 60 * 60 * 1000;

/** The validity check at `at`. */
export function checkValidity(certificate: CertificateInfo, at: Date): CheckResult {
  const params = {
    notBefore: certificate.notBefore.toISOString(),
    notAfter: certificate.notAfter.toISOString(),
    at: at.toISOString(),
  };
  const now = at.getTime();
  if (now < certificate.notBefore.getTime())
    return result('validity', 'fail', 'not-yet-valid', params);
  if (now > certificate.notAfter.getTime()) return result('validity', 'fail', 'expired', params);
  // Named `count`, so that translations pick the plural form for the number of days left.
  const count = Math.floor((certificate.notAfter.getTime() - now) / day);
  if (certificate.notAfter.getTime() - now <= 30 * day) {
    return result('validity', 'warn', 'expiring-soon', { ...params, count });
  }
  return result('validity', 'pass', 'valid', { ...params, count });
}
