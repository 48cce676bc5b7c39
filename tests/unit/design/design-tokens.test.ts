// The design system's contract: every `--pc-*` token a style reads is defined in
// src/styles/tokens.css, so a misspelt or removed token fails here instead of silently falling
// back to the browser's default.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const tokensFile = 'src/styles/tokens.css';

const styleFiles = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return styleFiles(path);
    return /\.(css|astro)$/.test(entry.name) ? [path] : [];
  });

/** Token names a text defines (`--pc-x:`), anywhere, e.g. a layout narrowing its gutter. */
const definedIn = (text: string): string[] =>
  [...text.matchAll(/(--pc-[\w-]+)\s*:/g)].map((m) => m[1] ?? '');

/** Token names a text reads (`var(--pc-x`). */
const usedIn = (text: string): string[] =>
  [...text.matchAll(/var\(\s*(--pc-[\w-]+)/g)].map((m) => m[1] ?? '');

const tokens = new Set(definedIn(readFileSync(join(root, tokensFile), 'utf8')));

const rows = styleFiles('src').map((path) => ({
  name: relative(root, join(root, path)),
  input: readFileSync(join(root, path), 'utf8'),
  want: [] as string[],
}));

describe('design tokens', () => {
  it('tokens.css defines the scales the components rely on', () => {
    for (const name of [
      '--pc-color-accent',
      '--pc-color-text',
      '--pc-color-bg',
      '--pc-space-3',
      '--pc-text-sm',
      '--pc-radius-md',
      '--pc-shadow-sm',
      '--pc-focus-ring',
    ]) {
      expect(tokens.has(name), name).toBe(true);
    }
  });

  it.each(rows)('$name reads only defined tokens', ({ input, want }) => {
    const undefinedTokens = usedIn(input).filter((name) => !tokens.has(name));
    expect([...new Set(undefinedTokens)]).toEqual(want);
  });
});
