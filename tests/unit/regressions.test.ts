// One test per fixed defect, named for its cause, so that a defect that comes back says which one
// it is (the model: PeculiarVentures/x509 test/issues.ts). Add a row or a test per fix.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliTranslator } from '../../src/cli/translator.ts';
import { renderMarkdown, renderText } from '../../src/lib/report/index.ts';
import { sampleReport, server } from './report/sample-report.ts';

const root = new URL('../../', import.meta.url).pathname;

const filesUnder = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : filesUnder(path);
    return /\.(ts|mjs|js|astro|json)$/.test(entry.name) ? [path] : [];
  });

describe('regressions', () => {
  it('issue 9: a certificate name wrote ESC, BEL, CR and a right-to-left override to the reports', () => {
    const hostile = server('pchat01.contoso.com', 'pass');
    const report = {
      ...sampleReport,
      servers: [
        {
          ...hostile,
          certificate: {
            ...hostile.certificate,
            subject: 'CN=\u001b]0;PWNED-TITLE\u0007\u001b[2J\u001b[31m\u202e\r\nFAKE: pass',
          },
        },
      ],
    };
    const t = cliTranslator('en');
    const outputs = [
      renderText(report, { t, lang: 'en' }),
      renderMarkdown(report, { t, lang: 'en' }),
    ];
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    expect(outputs.map((output) => unsafe.test(output))).toEqual([false, false]);
    expect(outputs.map((output) => /^\W*FAKE/m.test(output))).toEqual([false, false]);
  });

  it('issue 13: the CLI imported report modules past src/lib/report/index.ts', () => {
    const past = filesUnder('src/cli').filter((path) =>
      /from '\.\.\/lib\/report\/(?!index\.ts')/.test(readFileSync(join(root, path), 'utf8')),
    );
    expect(past).toEqual([]);
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
