// The `server-auth-eku` check: Lync expects the Server Authentication enhanced key usage.
import type { CertificateInfo, CheckResult } from '../types.ts';
import { ekuOid } from '../oids.ts';
import { result } from './check-result.ts';

const { serverAuth, anyExtendedKeyUsage: anyUsage } = ekuOid;
const usageNames: Readonly<Record<string, string>> = {
  [serverAuth]: 'Server Authentication',
  [ekuOid.clientAuth]: 'Client Authentication',
  [ekuOid.codeSigning]: 'Code Signing',
  [ekuOid.emailProtection]: 'Secure Email',
  [ekuOid.timeStamping]: 'Time Stamping',
  [ekuOid.ocspSigning]: 'OCSP Signing',
  [anyUsage]: 'Any Purpose',
};

/** The EKU check. */
export function checkServerAuthEku(
  certificate: Pick<CertificateInfo, 'extendedKeyUsage'>,
): CheckResult {
  const usages = certificate.extendedKeyUsage;
  if (usages === null)
    return result('server-auth-eku', 'warn', 'check.server-auth-eku.no-extension', {});
  const params = { usages: usages.map((oid) => usageNames[oid] ?? oid).join(', ') };
  if (usages.includes(serverAuth))
    return result('server-auth-eku', 'pass', 'check.server-auth-eku.present', params);
  if (usages.includes(anyUsage))
    return result('server-auth-eku', 'pass', 'check.server-auth-eku.any', params);
  return result('server-auth-eku', 'fail', 'check.server-auth-eku.missing', params);
}
