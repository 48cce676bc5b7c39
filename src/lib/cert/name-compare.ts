// RFC 5280 name comparison: attribute by attribute, after RFC 4518 string preparation, whatever
// the string type each side used. Never compares printed strings.
import type { DistinguishedName, NameAttribute } from './types.ts';

/** RFC 4518 preparation: NFKC, case folding, insignificant whitespace removed. */
export function prepareString(value: string): string {
  // Stryker disable next-line MethodExpression: after NFKC no two upper-case forms share a lower-case one (checked over every code point), so folding to upper alone compares the same; 'ß is ss' kills dropping the upper step
  return value
    .normalize('NFKC')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/gu, ' ')
    .trim();
}

/** A `#hex` value (an unknown string type) is compared as encoded; others after preparation. */
const preparedAttribute = (attribute: NameAttribute): string =>
  JSON.stringify([
    attribute.oid,
    attribute.value.startsWith('#') ? attribute.value : prepareString(attribute.value),
  ]);

// Each name object is prepared once, however long its values and however often it is compared:
// comparing many names pairwise must not prepare them again for every pair. Parsed certificates
// are cached and share their name objects, so a weak map keeps exactly the names still in use.
const keys = new WeakMap<DistinguishedName, string>();

/** A string equal for two names exactly when RFC 5280 calls them equal; computed once per name. */
export function nameKey(name: DistinguishedName): string {
  let key = keys.get(name);
  // Stryker disable next-line ConditionalExpression: the cache only saves work; a key computed again is the same key
  if (key === undefined) {
    // Attributes of one RDN are a set: sorted. JSON keeps the key unambiguous for any value.
    key = JSON.stringify(name.rdns.map((rdn) => rdn.map(preparedAttribute).sort()));
    // Stryker disable next-line CallExpression: the cache only saves work; a key computed again is the same key
    keys.set(name, key);
  }
  return key;
}

/** Whether two distinguished names are equal under RFC 5280 rules. */
export function namesEqual(a: DistinguishedName, b: DistinguishedName): boolean {
  // Stryker disable next-line ConditionalExpression: a shortcut; a name's key always equals its own key
  return a === b || nameKey(a) === nameKey(b);
}
