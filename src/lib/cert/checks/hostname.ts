// The `hostname` check: the FQDN must be a dNSName SAN. Lync Server 2013 never supports a wildcard
// for a server FQDN, and the subject CN only counts when there is no dNSName SAN at all.
import type { CertificateInfo, CheckResult } from '../types.ts';
import { result } from './check-result.ts';

/** Lowercase A-label form with one trailing dot removed; IDNA via the URL parser. */
export function canonicalHost(name: string): string {
  const trimmed = name.trim().toLowerCase().replace(/\.$/, '');
  try {
    return new URL(`http://${trimmed}`).hostname;
  } catch {
    return trimmed;
  }
}

/** Whether a wildcard pattern (`*` in the leftmost label only) would cover the host. */
function wildcardCovers(pattern: string, host: string): boolean {
  const [first, ...rest] = pattern.split('.');
  const [hostFirst, ...hostRest] = host.split('.');
  if (!first?.includes('*') || rest.join('.') !== hostRest.join('.') || rest.length < 2)
    return false;
  const regex = new RegExp(
    `^${first
      .split('*')
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^.]*')}$`,
  );
  return hostFirst !== undefined && regex.test(hostFirst);
}

/** Whether the certificate names the host in a dNSName SAN (exact, no wildcard). */
export function sanNamesHost(
  certificate: Pick<CertificateInfo, 'dnsNames'>,
  fqdn: string,
): boolean {
  const host = canonicalHost(fqdn);
  return (certificate.dnsNames ?? []).some(
    (name) => !name.includes('*') && canonicalHost(name) === host,
  );
}

/** The hostname check; `chosenOf` is set when the certificate was the first of several. */
export function checkHostname(
  certificate: Pick<CertificateInfo, 'dnsNames' | 'subject'>,
  fqdn: string,
  chosenOf: number,
): CheckResult {
  const host = canonicalHost(fqdn);
  const names = certificate.dnsNames ?? [];
  const common = {
    fqdn,
    names: names.join(', '),
    subject: certificate.subject.text,
    count: chosenOf,
  };
  const prefix = chosenOf > 1 ? 'first-of-many-' : '';
  if (sanNamesHost(certificate, fqdn)) return result('hostname', 'pass', 'match', common);
  const pattern = names.find((name) => wildcardCovers(name.toLowerCase().replace(/\.$/, ''), host));
  if (pattern !== undefined)
    return result('hostname', 'fail', `${prefix}wildcard`, { ...common, pattern });
  if (names.length === 0) {
    const cns = certificate.subject.rdns
      .flat()
      .filter((a) => a.oid === '2.5.4.3')
      .map((a) => a.value);
    const cn = cns.join(', ');
    if (cns.some((value) => canonicalHost(value) === host)) {
      return result('hostname', 'warn', `${prefix}cn-only`, { ...common, cn });
    }
    return result('hostname', 'fail', `${prefix}mismatch-cn`, { ...common, cn });
  }
  return result('hostname', 'fail', `${prefix}mismatch`, common);
}
