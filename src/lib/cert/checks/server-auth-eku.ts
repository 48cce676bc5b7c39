// The `server-auth-eku` check: Lync expects the Server Authentication enhanced key usage.
import type { CertificateInfo, CheckResult } from '../types.ts';
import { result } from './check-result.ts';

const serverAuth = '1.3.6.1.5.5.7.3.1';
const anyUsage = '2.5.29.37.0';
const usageNames: Readonly<Record<string, string>> = {
  [serverAuth]: 'Server Authentication',
  '1.3.6.1.5.5.7.3.2': 'Client Authentication',
  '1.3.6.1.5.5.7.3.3': 'Code Signing',
  '1.3.6.1.5.5.7.3.4': 'Secure Email',
  '1.3.6.1.5.5.7.3.8': 'Time Stamping',
  '1.3.6.1.5.5.7.3.9': 'OCSP Signing',
  [anyUsage]: 'Any Purpose',
};

/** The EKU check. */
export function checkServerAuthEku(
  certificate: Pick<CertificateInfo, 'extendedKeyUsage'>,
): CheckResult {
  const usages = certificate.extendedKeyUsage;
  if (usages === null) return result('server-auth-eku', 'warn', 'no-extension', {});
  const params = { usages: usages.map((oid) => usageNames[oid] ?? oid).join(', ') };
  if (usages.includes(serverAuth)) return result('server-auth-eku', 'pass', 'present', params);
  if (usages.includes(anyUsage)) return result('server-auth-eku', 'pass', 'any', params);
  return result('server-auth-eku', 'fail', 'missing', params);
}
