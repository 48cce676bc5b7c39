// The first common name of a distinguished name: how the page names a certificate, a request or
// a CA to people (in the recognized line and in the same-CA evidence).
import type { DistinguishedName } from '../../lib/cert/types.ts';

/** The name's first CN value, or undefined when it has none. */
export function commonName(name: DistinguishedName): string | undefined {
  return name.rdns.flat().find((attribute) => attribute.type === 'CN')?.value;
}
