// Whether a typed server name is a DNS host name, the only thing a Lync server FQDN can be: IP
// addresses and wildcards get their own codes, because each needs its own advice.

/** Why a typed FQDN is not a host name. */
export type FqdnSyntaxCode = 'fqdn-missing' | 'fqdn-ip' | 'fqdn-wildcard' | 'fqdn-syntax';

/** A usable FQDN (trimmed, one trailing dot removed), or why the text is not one. */
export type FqdnSyntax =
  | { readonly ok: true; readonly fqdn: string }
  | { readonly ok: false; readonly code: FqdnSyntaxCode };

const ipv4 = /^\d{1,3}(\.\d{1,3}){3}$/;
// Letters of any script (IDN in U-label form), digits and hyphens; never at a label's ends.
const label = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;

/** Checks a typed FQDN: at least two labels of 1–63 characters, at most 253 characters. */
export function checkFqdnSyntax(text: string): FqdnSyntax {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, code: 'fqdn-missing' };
  const fqdn = trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
  if (ipv4.test(fqdn) || fqdn.includes(':') || /^\[.*\]$/.test(fqdn)) {
    return { ok: false, code: 'fqdn-ip' };
  }
  if (fqdn.includes('*')) return { ok: false, code: 'fqdn-wildcard' };
  const labels = fqdn.split('.');
  const valid =
    fqdn.length <= 253 && labels.length >= 2 && labels.every((part) => label.test(part));
  return valid ? { ok: true, fqdn } : { ok: false, code: 'fqdn-syntax' };
}
