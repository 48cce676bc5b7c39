import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRecordingPage } from './support/browser.ts';
import { openSite, type Site } from './support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

const rows = [
  { name: 'de', input: { lang: 'de', button: 'Alle englischen Originale anzeigen' }, want: 2 },
  { name: 'it', input: { lang: 'it', button: 'Mostra tutti gli originali in inglese' }, want: 2 },
];

describe('the English original can be shown beside each translated paragraph', () => {
  it.each(rows)('$name', async ({ input, want }) => {
    const { page, context, errors } = await openRecordingPage(site.browser);
    try {
      await page.goto(`${site.server.url}${input.lang}/`);
      const originals = page.locator('.quote p[lang="en"]');
      const button = page.getByRole('button', { name: input.button });
      expect(await originals.count()).toBe(want);
      expect(await originals.first().isVisible()).toBe(false);
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      for (const original of await originals.all()) expect(await original.isVisible()).toBe(true);
      expect(await originals.first().textContent()).toMatch(/^To install Persistent Chat Server/);
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      expect(await originals.first().isVisible()).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the English page has no originals to show', async () => {
    const { page, context } = await openRecordingPage(site.browser);
    try {
      await page.goto(`${site.server.url}en/`);
      expect(await page.locator('.quote p[lang="en"], button.show-originals').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
