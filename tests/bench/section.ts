// What every bench section gives the orchestrator (tests/bench/bench.mjs), and the table formatting
// they share, so that every figure is printed the same way.

/** What a section sees: the build to measure and the data of the sections that ran before it. */
export interface BenchContext {
  /** The build directory the bench made (not dist/, which other tests may be using). */
  readonly root: string;
  readonly results: Readonly<Record<string, unknown>>;
}

/** A section's answer: a console table (first row = header) and plain data for bench.json. */
export interface SectionResult {
  readonly title: string;
  readonly table: readonly (readonly string[])[];
  /** Lines printed under the table: what a figure means, when the table cannot say it. */
  readonly notes?: readonly string[];
  readonly data: Readonly<Record<string, unknown>>;
}

/** Bytes as KB with one decimal (1 KB = 1024 bytes, as design.md's budgets count). */
export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Milliseconds with one decimal. */
export function formatMs(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

/** "holds" or "FAILS", the summary's verdict column. */
export function holds(ok: boolean): string {
  return ok ? 'holds' : 'FAILS';
}
