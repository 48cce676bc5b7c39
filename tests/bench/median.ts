// The bench reports medians: one slow run (a GC pause, a busy neighbour) must not move a figure.

/** The median of `values` (the upper middle one for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
