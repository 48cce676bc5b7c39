// A renderer escapes data once, where it receives it: every string of a report, whatever field
// it is in (fields added later included), goes through the same function.

/** A copy of plain data with `map` applied to every string inside (dates and bytes as they are). */
export function mapStrings<T>(value: T, map: (text: string) => string): T {
  return walk(value, map) as T;
}

function walk(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item: unknown) => walk(item, map));
  if (value === null || typeof value !== 'object') return value;
  const prototype: unknown = Object.getPrototypeOf(value);
  // Dates, byte arrays and other class instances are not text: keep them.
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, map)]));
}
