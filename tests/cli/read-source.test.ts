// Reading an input file: all of it up to the limit, and one byte more at most, so that the core
// can say "too large" without the whole file ever being read; unreadable files as keyed errors.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSource } from '../../src/cli/read-source.ts';

const dir = mkdtempSync(join(tmpdir(), 'pchat-read-source-'));
const file = (name: string, size: number): string => {
  const path = join(dir, name);
  writeFileSync(
    path,
    Uint8Array.from({ length: size }, (_, i) => i % 251),
  );
  return path;
};

describe('readFileSource', () => {
  it.each([
    { name: 'an empty file', input: { path: file('empty', 0), limit: 100 }, want: 0 },
    { name: 'a small file', input: { path: file('small', 3), limit: 100 }, want: 3 },
    { name: 'exactly the limit', input: { path: file('limit', 100), limit: 100 }, want: 100 },
    {
      name: 'over the limit: one byte more',
      input: { path: file('over', 150), limit: 100 },
      want: 101,
    },
    {
      name: 'larger than the first read, under the limit',
      input: { path: file('large', 70_000), limit: 1024 * 1024 },
      want: 70_000,
    },
    {
      name: 'far over a large limit: one byte more',
      input: { path: file('huge', 200_000), limit: 50_000 },
      want: 50_001,
    },
  ])('$name', async ({ input, want }) => {
    const read = await readFileSource(input.path, input.limit);
    expect(read.ok && read.bytes.length).toBe(want);
    // The bytes are the file's, from its start.
    expect(read.ok && [...read.bytes.subarray(0, 3)]).toEqual([0, 1, 2].slice(0, want));
  });

  it.each([
    { name: 'a missing file', input: join(dir, 'missing'), want: 'cli.error.read.not-found' },
    { name: 'a directory', input: dir, want: 'cli.error.read.is-directory' },
  ])('$name', async ({ input, want }) => {
    const read = await readFileSource(input, 100);
    expect(read.ok ? 'read' : read.key).toBe(want);
  });
});
