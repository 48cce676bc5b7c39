// The `key-strength` check: Lync Server 2013 supports RSA 1024 and recommends 2048 or more.
import type { CertificateInfo, CheckResult } from '../types.ts';
import { result } from './check-result.ts';

const goodCurves: readonly string[] = ['P-256', 'P-384', 'P-521'];

/** The key strength check. */
export function checkKeyStrength(certificate: Pick<CertificateInfo, 'publicKey'>): CheckResult {
  const { kind, bits, curve } = certificate.publicKey;
  const params = { kind, bits: bits ?? 0, curve: curve ?? '' };
  if (kind === 'rsa' && bits !== null) {
    if (bits >= 2048)
      return result('key-strength', 'pass', 'check.key-strength.rsa-strong', params);
    if (bits >= 1024)
      return result('key-strength', 'warn', 'check.key-strength.rsa-supported', params);
    return result('key-strength', 'fail', 'check.key-strength.rsa-weak', params);
  }
  // Stryker disable next-line ConditionalExpression: includes(null) is false; the null test is for the type checker
  if (kind === 'ec' && curve !== null && goodCurves.includes(curve)) {
    return result('key-strength', 'pass', 'check.key-strength.ecdsa', params);
  }
  return result('key-strength', 'fail', 'check.key-strength.unsupported-type', params);
}
