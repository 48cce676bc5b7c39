// Runbook links: `?server=FQDN` (repeatable) names the servers; certificates never come from a URL.

/** The FQDNs of `?server=` parameters, in order, blanks dropped. */
export function prefillFqdns(search: string): string[] {
  return new URLSearchParams(search)
    .getAll('server')
    .map((fqdn) => fqdn.trim())
    .filter((fqdn) => fqdn !== '');
}
