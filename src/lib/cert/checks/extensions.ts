// The `extensions` check: Windows refuses a certificate with a critical extension it does not
// know (CERT_TRUST_HAS_NOT_SUPPORTED_CRITICAL_EXT), and RFC 5280 4.2 allows each extension once.
import type { CertificateInfo, CheckResult } from '../types.ts';
import { extensionOid } from '../oids.ts';
import { result } from './check-result.ts';
import { knownCriticalExtensions } from './known-critical.ts';

/** RFC 5280's name of each extension the core knows, by OID. */
const extensionNames: ReadonlyMap<string, string> = new Map(
  // Stryker disable next-line Regex: no extension name has "Obsolete" anywhere but at its end
  Object.entries(extensionOid).map(([name, oid]) => [oid, name.replace(/Obsolete$/, '')]),
);

/** The extensions as shown: `subjectAltName (2.5.29.17)`, or the OID alone when unknown. */
const named = (oids: readonly string[]): string =>
  [...new Set(oids)]
    .map((oid) => {
      const name = extensionNames.get(oid);
      return name === undefined ? oid : `${name} (${oid})`;
    })
    .join(', ');

/** The extensions check: unknown critical extensions and repeated extensions fail, by OID. */
export function checkExtensions(certificate: CertificateInfo): CheckResult {
  const oids = certificate.extensions.map((e) => e.oid);
  const unknown = certificate.extensions
    .filter((e) => e.critical && !knownCriticalExtensions.has(e.oid))
    .map((e) => e.oid);
  if (unknown.length > 0) {
    return result('extensions', 'fail', 'check.extensions.unknown-critical', {
      oids: named(unknown),
    });
  }
  const repeated = oids.filter((oid, i) => oids.indexOf(oid) !== i);
  if (repeated.length > 0) {
    return result('extensions', 'fail', 'check.extensions.duplicate', { oids: named(repeated) });
  }
  return result('extensions', 'pass', 'check.extensions.valid', { count: oids.length });
}
