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
  it('issue 10: global.css and checker-styles.astro each defined a palette (two blues, two greys)', () => {
    // Colours are written once, in the design tokens; everything else reads var(--pc-color-*).
    const colourLiteral = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(/i;
    const styleOf = (path: string): string => {
      const text = readFileSync(join(root, path), 'utf8');
      if (path.endsWith('.css')) return text;
      return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    };
    const withColours = filesUnder('src')
      .concat(readdirSync(join(root, 'src/styles')).map((name) => join('src/styles', name)))
      .filter((path) => /\.(astro|css)$/.test(path))
      .filter((path) => colourLiteral.test(styleOf(path)))
      .map((path) => relative(root, join(root, path)));
    expect([...new Set(withColours)]).toEqual(['src/styles/tokens.css']);
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
