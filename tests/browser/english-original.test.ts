import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
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
  {
    name: 'de',
    input: {
      lang: 'de',
      show: 'Alle englischen Originale anzeigen',
      hide: 'Alle englischen Originale ausblenden',
    },
    // Two paragraphs of the Lync Server 2013 topic, one of Skype for Business Server 2015's.
    want: 3,
  },
  {
    name: 'it',
    input: {
      lang: 'it',
      show: 'Mostra tutti gli originali in inglese',
      hide: 'Nascondi tutti gli originali in inglese',
    },
    // Two paragraphs of the Lync Server 2013 topic, one of Skype for Business Server 2015's.
    want: 3,
  },
];

/** The button's accessible state: its visible label and aria-expanded. */
async function stateOf(button: Locator): Promise<{ label: string; expanded: string | null }> {
  return {
    label: (await button.textContent())?.trim() ?? '',
    expanded: await button.getAttribute('aria-expanded'),
  };
}

describe('the English original can be shown beside each translated paragraph', () => {
  it.each(rows)('$name', async ({ input, want }) => {
    const { page, context, errors } = await openRecordingPage(site.browser);
    try {
      await page.goto(`${site.server.url}${input.lang}/`);
      const originals = page.locator('.quote p[lang="en"]');
      const button = page.locator('button.show-originals');
      expect(await originals.count()).toBe(want);
      expect(await originals.first().isVisible()).toBe(false);
      expect(await stateOf(button)).toEqual({ label: input.show, expanded: 'false' });
      await page.getByRole('button', { name: input.show, exact: true }).click();
      for (const original of await originals.all()) expect(await original.isVisible()).toBe(true);
      expect(await originals.first().textContent()).toMatch(/^To install Persistent Chat Server/);
      expect(await originals.last().textContent()).toMatch(/^When installing your Persistent Chat/);
      // Issue 10: the label used to stay "show" after everything was shown.
      expect(await stateOf(button)).toEqual({ label: input.hide, expanded: 'true' });
      await page.getByRole('button', { name: input.hide, exact: true }).click();
      expect(await originals.first().isVisible()).toBe(false);
      expect(await stateOf(button)).toEqual({ label: input.show, expanded: 'false' });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(rows)(
    '$name: the button follows paragraphs opened and closed one by one',
    async ({ input }) => {
      const { page, context } = await openRecordingPage(site.browser);
      try {
        await page.goto(`${site.server.url}${input.lang}/`);
        const button = page.locator('button.show-originals');
        const summaries = page.locator('details.original summary');
        await summaries.first().click();
        // Some open: pressing still opens the rest, so the label still offers "show".
        expect(await stateOf(button)).toEqual({ label: input.show, expanded: 'false' });
        for (const summary of (await summaries.all()).slice(1)) await summary.click();
        await expect.poll(() => stateOf(button)).toEqual({ label: input.hide, expanded: 'true' });
        await summaries.first().click();
        await expect.poll(() => stateOf(button)).toEqual({ label: input.show, expanded: 'false' });
        expect(await button.getAttribute('aria-pressed')).toBeNull();
      } finally {
        await context.close();
      }
    },
  );

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
