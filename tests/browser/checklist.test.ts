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
  {
    name: 'a tick survives a reload',
    input: { tick: ['identify-servers'], then: 'en/' },
    want: ['identify-servers'],
  },
  {
    name: 'ticks are shared by all languages',
    input: { tick: ['obtain-certificates', 'external-ca-lead-time'], then: 'de/' },
    want: ['external-ca-lead-time', 'obtain-certificates'],
  },
  {
    name: 'an untick is remembered too',
    input: { tick: ['identify-servers', 'identify-servers'], then: 'it/' },
    want: [],
  },
];

async function tickedIds(page: import('playwright-core').Page): Promise<string[]> {
  return page
    .locator('input[data-checklist-item]:checked')
    .evaluateAll((boxes) =>
      boxes.map((b) => (b as HTMLInputElement).dataset['checklistItem'] ?? '').sort(),
    );
}

describe('checklist ticks are remembered in the browser', () => {
  it.each(rows)('$name', async ({ input, want }) => {
    const { page, context, errors } = await openRecordingPage(site.browser);
    try {
      await page.goto(`${site.server.url}en/`);
      for (const id of input.tick) await page.locator(`#tick-${id}`).click();
      await page.goto(site.server.url + input.then);
      await page.reload();
      expect(await tickedIds(page)).toEqual(want);
      const stored = await page.evaluate(() => JSON.stringify(localStorage));
      expect(stored).not.toMatch(/CERTIFICATE|BEGIN/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('reset clears every tick, also after a reload', async () => {
    const { page, context } = await openRecordingPage(site.browser);
    try {
      await page.goto(`${site.server.url}en/`);
      await page.locator('#tick-identify-servers').check();
      await page.locator('#tick-certificates-ready').check();
      await page.getByRole('button', { name: 'Clear all ticks' }).click();
      expect(await tickedIds(page)).toEqual([]);
      await page.reload();
      expect(await tickedIds(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([
    {
      name: 'en',
      input: { lang: 'en', button: 'Copy link' },
      want: { url: 'en/#obtain-certificates', status: 'Link copied to the clipboard.' },
    },
    {
      name: 'de',
      input: { lang: 'de', button: 'Link kopieren' },
      want: { url: 'de/#obtain-certificates', status: 'Link in die Zwischenablage kopiert.' },
    },
  ])('$name: copy link copies the item URL', async ({ input, want }) => {
    const { page, context } = await openRecordingPage(site.browser);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: site.server.origin,
      });
      await page.goto(`${site.server.url}${input.lang}/`);
      await page
        .locator('#obtain-certificates')
        .getByRole('button', { name: input.button })
        .click();
      await expect.poll(() => page.locator('.checklist-status').textContent()).toBe(want.status);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        site.server.url + want.url,
      );
    } finally {
      await context.close();
    }
  });
});
