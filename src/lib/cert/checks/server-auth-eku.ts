// The `server-auth-eku` check: Lync expects the Server Authentication enhanced key usage.
import type { CertificateInfo, CheckResult, Message, MessageKey } from '../types.ts';
import { ekuOid } from '../oids.ts';
import { result } from './check-result.ts';

const { serverAuth, anyExtendedKeyUsage: anyUsage } = ekuOid;
// Codes, not names: each front end shows the name Windows gives the usage in its language.
const usageKeys: Readonly<Record<string, MessageKey>> = {
  [serverAuth]: 'eku.server-auth',
  [ekuOid.clientAuth]: 'eku.client-auth',
  [ekuOid.codeSigning]: 'eku.code-signing',
  [ekuOid.emailProtection]: 'eku.email-protection',
  [ekuOid.timeStamping]: 'eku.time-stamping',
  [ekuOid.ocspSigning]: 'eku.ocsp-signing',
  [anyUsage]: 'eku.any',
};

/** A usage as a message: its name's code, or its OID where it has no name. */
const usage = (oid: string): Message => {
  const key = usageKeys[oid];
  return key === undefined ? { key: 'eku.other', params: { oid } } : { key, params: {} };
};

/** The EKU check. */
export function checkServerAuthEku(
  certificate: Pick<CertificateInfo, 'extendedKeyUsage'>,
): CheckResult {
  const usages = certificate.extendedKeyUsage;
  if (usages === null)
    return result('server-auth-eku', 'warn', 'check.server-auth-eku.no-extension', {});
  const params = { usages: usages.map(usage) };
  if (usages.includes(serverAuth))
    return result('server-auth-eku', 'pass', 'check.server-auth-eku.present', params);
  if (usages.includes(anyUsage))
    return result('server-auth-eku', 'pass', 'check.server-auth-eku.any', params);
  return result('server-auth-eku', 'fail', 'check.server-auth-eku.missing', params);
}
