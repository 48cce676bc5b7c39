// Host names in their A-label (ASCII) form, the one conversion the core, the page and the CLI
// make: the platform's IDNA (UTS #46, through the WHATWG URL host parser) lowercases each label
// and writes a U-label (münchen) as its A-label (xn--mnchen-3ya).

// Characters that end, escape or percent-encode a URL's host: a name holding one is no host name,
// and the URL parser would read only part of it, or decode it, as one.
const outsideHost = /[\s/\\?#@:[\]%]/u;

// Letters, digits and hyphens in non-empty labels: IDNA only lowercases such a name, unless a
// label is an A-label it must check (xn--) or the last reads as an IPv4 number to the URL parser.
const plainName = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/i;
const notPlain = /(?:^|\.)(?:xn--|(?:\d+|0x[0-9a-f]*)$)/i;

/** The lowercase A-label form of a host name; null when it is none (or IDNA refuses it). */
export function toALabels(name: string): string | null {
  // Most names are plain: they skip the URL parser, which takes microseconds each.
  if (plainName.test(name) && !notPlain.test(name)) return name.toLowerCase();
  if (name === '' || outsideHost.test(name)) return null;
  try {
    return new URL(`http://${name}/`).hostname;
  } catch {
    return null;
  }
}
