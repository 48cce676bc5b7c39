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
    name: 'a German browser opens /de/',
    input: { locale: 'de-DE', remembered: null },
    want: 'de/',
  },
  {
    name: 'an Italian browser opens /it/',
    input: { locale: 'it-CH', remembered: null },
    want: 'it/',
  },
  {
    name: 'an English browser opens /en/',
    input: { locale: 'en-GB', remembered: null },
    want: 'en/',
  },
  { name: 'a remembered choice wins', input: { locale: 'de-DE', remembered: 'it' }, want: 'it/' },
  {
    name: 'an unknown remembered value is ignored',
    input: { locale: 'de-DE', remembered: 'xx' },
    want: 'de/',
  },
  {
    name: 'an unsupported language stays on the list',
    input: { locale: 'fr-FR', remembered: null },
    want: '',
  },
];

describe('the site root opens the reader’s language', () => {
  it.each(rows)('$name', async ({ input, want }) => {
    const { page, context, errors } = await openRecordingPage(site.browser, {
      locale: input.locale,
    });
    try {
      if (input.remembered !== null) {
        await context.addInitScript((lang) => {
          if (location.pathname.endsWith('/')) localStorage.setItem('pchat-certs.lang', lang);
        }, input.remembered);
      }
      await page.goto(site.server.url);
      if (want !== '') await page.waitForURL(site.server.url + want);
      else await page.waitForLoadState('load');
      expect(page.url()).toBe(site.server.url + want);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the plain language list works without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
    try {
      const page = await context.newPage();
      await page.goto(site.server.url);
      expect(page.url()).toBe(site.server.url);
      const links = page.locator('a[data-lang-link]');
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('hreflang')))).toEqual([
        'en',
        'de',
        'it',
      ]);
      await page.getByRole('link', { name: /^Italiano/ }).click();
      await page.waitForURL(`${site.server.url}it/`);
      expect(await page.getAttribute('html', 'lang')).toBe('it');
    } finally {
      await context.close();
    }
  });

  it('a language picked on a page is remembered at the root', async () => {
    const { page, context } = await openRecordingPage(site.browser, { locale: 'en-US' });
    try {
      await page.goto(`${site.server.url}en/`);
      await page.getByRole('navigation').getByRole('link', { name: 'Deutsch' }).click();
      await page.waitForURL(`${site.server.url}de/`);
      await page.goto(site.server.url);
      await page.waitForURL(`${site.server.url}de/`);
      expect(page.url()).toBe(`${site.server.url}de/`);
    } finally {
      await context.close();
    }
  });
});
