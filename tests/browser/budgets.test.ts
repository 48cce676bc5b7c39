// The byte budgets of docs/design.md, measured on the built site (dist/) as Chromium loads it:
// a failing budget fails CI. Time budgets are reported by `npm run bench`, not checked here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byteBudgets } from '../bench/budgets.ts';
import { measurePageWeight, type PageWeight } from '../bench/page-weight.ts';
import { openSite, siteLanguages, type Site } from './support/site.ts';

let site: Site;
const weights = new Map<string, PageWeight>();

beforeAll(async () => {
  site = await openSite('dist');
  for (const lang of siteLanguages) {
    weights.set(lang, await measurePageWeight(site.browser, site.server.url, 'dist', lang));
  }
});
afterAll(async () => {
  await site.close();
});

function weightOf(lang: string): PageWeight {
  const weight = weights.get(lang);
  if (weight === undefined) throw new Error(`not measured: ${lang}`);
  return weight;
}

const cases = siteLanguages.flatMap((lang) => [
  {
    name: `${lang}: HTML + CSS gzip`,
    input: () => weightOf(lang).htmlCss.gzip,
    want: byteBudgets.htmlCss,
  },
  {
    name: `${lang}: JS before the checker is touched, gzip`,
    input: () => weightOf(lang).jsBefore.gzip,
    want: byteBudgets.jsBeforeInteraction,
  },
  {
    name: `${lang}: all JS once the checker is used, gzip`,
    input: () => weightOf(lang).jsAfter.gzip,
    want: byteBudgets.jsAfterChecker,
  },
]);

describe('byte budgets (design.md)', () => {
  it.each(cases)('$name is within budget', ({ input, want }) => {
    expect(input()).toBeLessThanOrEqual(want);
  });

  // Guards the measurement itself: if the checker never loaded, or a set came out empty, the
  // budgets above would hold for the wrong reason.
  it.each(siteLanguages)('%s: the measurement saw the page, the loader and the checker', (lang) => {
    const weight = weightOf(lang);
    expect(weight.html.gzip).toBeGreaterThan(0);
    expect(weight.jsBefore.files.some((file) => file.includes('checker'))).toBe(true);
    const lazy = weight.jsAfter.files.filter((file) => !weight.jsBefore.files.includes(file));
    expect(lazy.length).toBeGreaterThan(0);
    expect(weight.jsAfter.gzip).toBeGreaterThan(weight.jsBefore.gzip);
  });
});
