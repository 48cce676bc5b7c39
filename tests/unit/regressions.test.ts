// One test per fixed defect, named for its cause, so that a defect that comes back says which one
// it is (the model: PeculiarVentures/x509 test/issues.ts). Add a row or a test per fix.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

import { indexResults } from '../../src/scripts/checker/check-job.ts';
import type { CheckReport } from '../../src/lib/cert/types.ts';

const root = new URL('../../', import.meta.url).pathname;

const filesUnder = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : filesUnder(path);
    return /\.(ts|mjs|js|astro|json)$/.test(entry.name) ? [path] : [];
  });

describe('regressions', () => {
  it('issue 13: the page paired results with rows by position and FQDN text, so rows sharing an FQDN could swap', () => {
    const report = {
      servers: [{ fqdn: 'a.contoso.com' }, { fqdn: 'a.contoso.com' }],
      failures: [
        {
          input: { kind: 'server', index: 0, fqdn: 'a.contoso.com' },
          error: { code: 'malformed', message: { key: 'input.error.malformed', params: {} } },
        },
      ],
    } as unknown as CheckReport;
    expect(indexResults(report, 3).map((result) => result.server)).toEqual([1, 2]);
  });

  it('issue 8: tests read certificate files from ../shared/corpus, which a clone does not have', () => {
    const outside = ['src', 'tests', '.ci']
      .flatMap(filesUnder)
      .filter((path) => /\.\.\/shared\//.test(readFileSync(join(root, path), 'utf8')))
      .map((path) => relative(root, join(root, path)));
    // This file names the pattern it looks for, so it is the one expected hit.
    expect(outside).toEqual(['tests/unit/regressions.test.ts']);
  });
});
