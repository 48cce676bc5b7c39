// The `end-entity` check: a server's own certificate is never a CA certificate. A CA certificate
// in the server's place usually means the issuing CA's certificate was exported by mistake.
import type { CertificateInfo, CheckResult } from '../types.ts';
import { extensionOid } from '../oids.ts';
import { result } from './check-result.ts';

/** The end-entity check: basic constraints cA true fails. */
export function checkEndEntity(certificate: CertificateInfo): CheckResult {
  const params = { subject: certificate.subject.text };
  // isCa also holds for a v1 self-signed root, which has no basic constraints to say so.
  const saysCa =
    certificate.isCa && certificate.extensions.some((e) => e.oid === extensionOid.basicConstraints);
  if (saysCa) return result('end-entity', 'fail', 'check.end-entity.ca', params);
  return result('end-entity', 'pass', 'check.end-entity.not-ca', params);
}
