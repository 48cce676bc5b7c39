// The first common name of a distinguished name: how the front ends name a certificate, a request
// or a CA to people (the page's recognized line and same-CA evidence).
import type { DistinguishedName } from './types.ts';

/** The name's first CN value, or undefined when it has none. */
export function commonName(name: DistinguishedName): string | undefined {
  return name.rdns.flat().find((attribute) => attribute.type === 'CN')?.value;
}
