// The `crl-distribution-point` check: Lync Server 2013 requires a CRL distribution point.
import type { CertificateInfo, CheckResult } from '../types.ts';
import { result } from './check-result.ts';

/** The CRL distribution point check. */
export function checkCrlDistributionPoint(certificate: CertificateInfo): CheckResult {
  const points = certificate.crlDistributionPoints;
  if (points.length === 0)
    return result('crl-distribution-point', 'warn', 'check.crl-distribution-point.missing', {});
  return result('crl-distribution-point', 'pass', 'check.crl-distribution-point.present', {
    points: points.join(', '),
  });
}
