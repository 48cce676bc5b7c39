// Runbook links: `?server=FQDN` (repeatable) names the servers; certificates never come from a URL.
// A link names at most `maxLinkedServers`: a link of thousands would build thousands of rows.

/** Servers a link may name; the page says how many more it ignored. */
export const maxLinkedServers = 500;

/** The FQDNs of `?server=` parameters, in order, blanks dropped, capped; and how many were not. */
export function linkedServers(search: string): { fqdns: string[]; ignored: number } {
  const named = new URLSearchParams(search).getAll('server').filter((fqdn) => /\S/.test(fqdn));
  return {
    fqdns: named.slice(0, maxLinkedServers),
    ignored: Math.max(0, named.length - maxLinkedServers),
  };
}
