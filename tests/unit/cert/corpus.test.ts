// Every corpus file gives its manifest's `expect` (or its `alt_expect`).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseInput, type ParseResult } from '../../../src/lib/cert/index.ts';

const corpus = new URL('../../fixtures/corpus/', import.meta.url);

interface Entry {
  readonly file: string;
  readonly expect: string;
  readonly alt_expect?: string;
  readonly certificates: number;
}

const manifest = JSON.parse(await readFile(new URL('manifest.json', corpus), 'utf8')) as Entry[];

const outcome = (result: ParseResult): string => {
  if (result.ok) return 'parse';
  const refused = result.error.code === 'private-key' || result.error.code === 'pkcs12';
  return refused ? 'refuse-private-key' : 'reject-malformed';
};

const rows = manifest.map((entry) => ({
  name: entry.file,
  input: entry.file,
  want: [entry.expect, entry.alt_expect ?? entry.expect],
  count: entry.certificates,
}));

describe('corpus', () => {
  it.each(rows)('$name', async ({ input, want, count }) => {
    const result = await parseInput(new Uint8Array(await readFile(new URL(input, corpus))));
    expect(want).toContain(outcome(result));
    if (result.ok && want[0] === 'parse') expect(result.certificates).toHaveLength(count);
  });
});
