// The FQDN rule of the checker contract, in one place for the page, the CLI and the hostname check:
// a DNS host name of letters (IDN in U- or A-label form), digits, hyphens and dots, at least two
// labels of 1–63 characters, at most 253 in all, one trailing dot ignored. IP addresses and
// wildcards get their own codes, because Lync Server 2013 server FQDNs are never either.

import { toALabels } from './a-label.ts';

/** Why a text is not a server FQDN. */
export type FqdnProblem = 'fqdn-missing' | 'fqdn-ip' | 'fqdn-wildcard' | 'fqdn-syntax';

/** The outcome of checking an FQDN's syntax: the trimmed FQDN, or why it is not one. */
export type FqdnSyntax =
  { readonly ok: true; readonly fqdn: string } | { readonly ok: false; readonly code: FqdnProblem };

const ipv4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
// Hex groups and colons (an embedded IPv4 tail allowed), bracketed or not: a colon is never in a
// host name, so anything of this shape was meant as an IPv6 address.
const ipv6 = /^\[?[0-9a-f:]*:[0-9a-f:.]*\]?$/i;
// A label starts and ends with a letter or digit (RFC 1123); letters may be any script (U-label).
const label = /^[\p{L}0-9](?:[\p{L}\p{M}0-9-]*[\p{L}\p{M}0-9])?$/u;

/** Checks that a text is a server FQDN (contract: "An FQDN field takes a DNS name only"). */
export function checkFqdnSyntax(text: string): FqdnSyntax {
  const fqdn = text.trim();
  if (fqdn === '') return { ok: false, code: 'fqdn-missing' };
  const name = fqdn.endsWith('.') ? fqdn.slice(0, -1) : fqdn;
  if (ipv4.test(name) || ipv6.test(fqdn)) return { ok: false, code: 'fqdn-ip' };
  if (name.includes('*')) return { ok: false, code: 'fqdn-wildcard' };
  const labels = name.split('.');
  if (labels.length < 2 || !labels.every((l) => label.test(l))) {
    return { ok: false, code: 'fqdn-syntax' };
  }
  // Lengths count in the form DNS carries, so an IDN is measured by its A-labels.
  const ascii = toALabels(name);
  const asciiLabels = ascii?.split('.') ?? [];
  const fits =
    ascii !== null &&
    ascii.length <= 253 &&
    asciiLabels.length === labels.length &&
    asciiLabels.every((l) => l.length >= 1 && l.length <= 63);
  return fits ? { ok: true, fqdn } : { ok: false, code: 'fqdn-syntax' };
}
