// Host names in their A-label (ASCII) form, the one conversion the core, the page and the CLI
// make: the platform's IDNA (UTS #46, through the WHATWG URL host parser) lowercases each label
// and writes a U-label (münchen) as its A-label (xn--mnchen-3ya).

// Characters that end, escape or percent-encode a URL's host: a name holding one is no host name,
// and the URL parser would read only part of it, or decode it, as one.
const outsideHost = /[\s/\\?#@:[\]%]/u;

/** The lowercase A-label form of a host name; null when it is none (or IDNA refuses it). */
export function toALabels(name: string): string | null {
  if (name === '' || outsideHost.test(name)) return null;
  try {
    return new URL(`http://${name}/`).hostname;
  } catch {
    return null;
  }
}
