// RFC 5280 name comparison: attribute by attribute, after RFC 4518 string preparation, whatever
// the string type each side used. Never compares printed strings.
import type { DistinguishedName, NameAttribute } from './types.ts';
import { BoundedCache } from './bounded-cache.ts';

/** RFC 4518 preparation: NFKC, case folding, insignificant whitespace removed. */
export function prepareString(value: string): string {
  return value
    .normalize('NFKC')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/gu, ' ')
    .trim();
}

/** Prepared values: Unicode normalization is slow and the same few CA names are compared often. */
// Values over 1024 chars are rare and not kept, so that the cache stays small.
const prepared = new BoundedCache<string>(2048, 1024);

const attributeKey = (attribute: NameAttribute): string =>
  `${attribute.oid}=${attribute.value.startsWith('#') ? attribute.value : prepared.get(attribute.value, () => prepareString(attribute.value))}`;

/** Whether two distinguished names are equal under RFC 5280 rules. */
export function namesEqual(a: DistinguishedName, b: DistinguishedName): boolean {
  // A name always equals itself; cached certificates share their name objects.
  if (a === b) return true;
  if (a.rdns.length !== b.rdns.length) return false;
  return a.rdns.every((rdn, i) => {
    const other = b.rdns[i];
    if (!other || other.length !== rdn.length) return false;
    const left = rdn.map(attributeKey).sort();
    const right = other.map(attributeKey).sort();
    return left.every((key, j) => key === right[j]);
  });
}
