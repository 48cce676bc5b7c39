// One test per fixed defect, named for its cause, so that a defect that comes back says which one
// it is (the model: PeculiarVentures/x509 test/issues.ts). Add a row or a test per fix.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

const filesUnder = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : filesUnder(path);
    return /\.(ts|mjs|js|astro|json)$/.test(entry.name) ? [path] : [];
  });

describe('regressions', () => {
  it('issue 15: a certificate request was refused as "another kind of object" instead of checked', async () => {
    const { parseInput } = await import('../../src/lib/cert/index.ts');
    const csr = readFileSync(join(root, 'tests/fixtures/corpus/csr-new-certificate-request.csr'));
    const result = await parseInput(new Uint8Array(csr));
    expect(result.ok ? result.request?.subject.text : result.error.code).toContain(
      'CN=cloudflare.com',
    );
    // The first request loads and transforms @peculiar/x509, which takes seconds on a busy machine.
  }, 30_000);

  it('issue 8: tests read certificate files from ../shared/corpus, which a clone does not have', () => {
    const outside = ['src', 'tests', '.ci']
      .flatMap(filesUnder)
      .filter((path) => /\.\.\/shared\//.test(readFileSync(join(root, path), 'utf8')))
      .map((path) => relative(root, join(root, path)));
    // This file names the pattern it looks for, so it is the one expected hit.
    expect(outside).toEqual(['tests/unit/regressions.test.ts']);
  });
});
