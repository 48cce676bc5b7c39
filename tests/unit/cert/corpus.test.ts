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
  readonly tags?: readonly string[];
}

const manifest = JSON.parse(await readFile(new URL('manifest.json', corpus), 'utf8')) as Entry[];

const outcome = (result: ParseResult): string => {
  if (result.ok) return result.request ? 'request' : 'parse';
  const refused = result.error.code === 'private-key' || result.error.code === 'pkcs12';
  return refused ? 'refuse-private-key' : 'reject-malformed';
};

// The manifest records what its authors expected when requests were refused ("reject-malformed"
// for the one request in the corpus, tagged "csr"). Since issue 15 the checker reads certificate
// requests and checks them before the CA signs them, so a csr-tagged file must be read as a
// request now; the manifest stays as written.
const expected = (entry: Entry): string[] =>
  entry.tags?.includes('csr') ? ['request'] : [entry.expect, entry.alt_expect ?? entry.expect];

const rows = manifest.map((entry) => ({
  name: entry.file,
  input: entry.file,
  want: expected(entry),
  count: entry.certificates,
}));

describe('corpus', () => {
  it.each(rows)('$name', async ({ input, want, count }) => {
    const result = await parseInput(new Uint8Array(await readFile(new URL(input, corpus))));
    expect(want).toContain(outcome(result));
    if (result.ok && want[0] === 'parse') expect(result.certificates).toHaveLength(count);
  });
});
