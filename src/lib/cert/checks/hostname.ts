// The `hostname` check: the FQDN must be a dNSName SAN. Lync Server 2013 never supports a wildcard
// for a server FQDN, and the subject CN only counts when there is no dNSName SAN at all.
// A name that is not a valid host name (an underscore, a space) never names a server: not as the
// FQDN typed, and not as a SAN entry.
import type { CertificateInfo, CheckResult } from '../types.ts';
import { checkFqdnSyntax } from '../fqdn-syntax.ts';
import { attributeOid } from '../oids.ts';
import { result, type CheckMessageKey } from './check-result.ts';
import { toALabels } from '../a-label.ts';

/** The message keys of the outcomes that differ when the certificate was the first of several. */
const outcomeKeys = {
  single: {
    wildcard: 'check.hostname.wildcard',
    cnOnly: 'check.hostname.cn-only',
    mismatchCn: 'check.hostname.mismatch-cn',
    mismatch: 'check.hostname.mismatch',
  },
  firstOfMany: {
    wildcard: 'check.hostname.first-of-many-wildcard',
    cnOnly: 'check.hostname.first-of-many-cn-only',
    mismatchCn: 'check.hostname.first-of-many-mismatch-cn',
    mismatch: 'check.hostname.first-of-many-mismatch',
  },
} as const satisfies Record<string, Record<string, CheckMessageKey<'hostname'>>>;

// Labels of letters, digits and hyphens, the last of letters only (no IPv4 number to the URL
// parser), none an A-label it must check: IDNA would leave such a name as it is (issue 24: the
// URL parser took milliseconds for a few hundred servers' names).
const plainName = /^(?!xn--|.*\.xn--)(?:[a-z\d-]+\.)+[a-z]+$/;

/** Lowercase A-label form with one trailing dot removed; a name that is none stays as it is. */
export function canonicalHost(name: string): string {
  const trimmed = name.trim().toLowerCase().replace(/\.$/, '');
  return plainName.test(trimmed) ? trimmed : (toALabels(trimmed) ?? trimmed);
}

/** Whether a wildcard pattern (`*` in the leftmost label only) would cover the host. */
function wildcardCovers(pattern: string, host: string): boolean {
  const [first, ...rest] = pattern.split('.');
  const [hostFirst, ...hostRest] = host.split('.');
  // Stryker disable next-line OptionalChaining,StringLiteral: split gives at least one label; a SAN without '*' that this covered would equal the host, which sanNamesHost has already matched
  if (!first?.includes('*') || rest.join('.') !== hostRest.join('.') || rest.length < 2)
    return false;
  const regex = new RegExp(
    `^${first
      .split('*')
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^.]*')}$`,
  );
  // Stryker disable next-line ConditionalExpression: split gives at least one label; the test is for the type checker
  return hostFirst !== undefined && regex.test(hostFirst);
}

/** Whether the certificate names the host in a dNSName SAN (exact, valid host names only). */
export function sanNamesHost(
  certificate: Pick<CertificateInfo, 'dnsNames'>,
  fqdn: string,
): boolean {
  if (!checkFqdnSyntax(fqdn).ok) return false;
  const host = canonicalHost(fqdn);
  // Stryker disable next-line ArrayDeclaration: any made-up entry here is not a host name, so it never matches
  return (certificate.dnsNames ?? []).some(
    (name) => checkFqdnSyntax(name).ok && canonicalHost(name) === host,
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
  if (!checkFqdnSyntax(fqdn).ok)
    return result('hostname', 'fail', 'check.hostname.not-a-host-name', common);
  const keys = chosenOf > 1 ? outcomeKeys.firstOfMany : outcomeKeys.single;
  if (sanNamesHost(certificate, fqdn))
    return result('hostname', 'pass', 'check.hostname.match', common);
  const pattern = names.find((name) => wildcardCovers(name.toLowerCase().replace(/\.$/, ''), host));
  if (pattern !== undefined)
    return result('hostname', 'fail', keys.wildcard, { ...common, pattern });
  if (names.length === 0) {
    const cns = certificate.subject.rdns
      .flat()
      .filter((a) => a.oid === attributeOid.commonName)
      .map((a) => a.value);
    const cn = cns.join(', ');
    if (cns.some((value) => checkFqdnSyntax(value).ok && canonicalHost(value) === host)) {
      return result('hostname', 'warn', keys.cnOnly, { ...common, cn });
    }
    return result('hostname', 'fail', keys.mismatchCn, { ...common, cn });
  }
  return result('hostname', 'fail', keys.mismatch, common);
}
