// The `validity` check at the instant the user chose; a certificate ending within 30 days warns.
// Certificates encode whole seconds and RFC 5280 makes notAfter inclusive, so the instant is
// compared in whole seconds: all of notAfter's last second is inside, the next second is not.
import type { CertificateInfo, CheckResult } from '../types.ts';
import { result } from './check-result.ts';

const second = 1000;
const day = 24 * 60 * 60 * second;

/** Milliseconds of the whole second an instant falls in. */
const wholeSecond = (date: Date): number => Math.floor(date.getTime() / second) * second;

/** The validity check at `at`. */
export function checkValidity(certificate: CertificateInfo, at: Date): CheckResult {
  const params = {
    notBefore: certificate.notBefore.toISOString(),
    notAfter: certificate.notAfter.toISOString(),
    at: at.toISOString(),
  };
  const now = wholeSecond(at);
  const notAfter = wholeSecond(certificate.notAfter);
  if (now < wholeSecond(certificate.notBefore))
    return result('validity', 'fail', 'check.validity.not-yet-valid', params);
  if (now > notAfter) return result('validity', 'fail', 'check.validity.expired', params);
  // Named `count`, so that translations pick the plural form for the number of days left.
  const count = Math.floor((notAfter - now) / day);
  if (notAfter - now <= 30 * day) {
    return result('validity', 'warn', 'check.validity.expiring-soon', { ...params, count });
  }
  return result('validity', 'pass', 'check.validity.valid', { ...params, count });
}
