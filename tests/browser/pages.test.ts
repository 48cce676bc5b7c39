import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './support/axe.ts';
import { openRecordingPage } from './support/browser.ts';
import { onlyLocal, openSite, siteLanguages, type Site } from './support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

const pages = [
  ...siteLanguages.map((lang) => ({ path: `${lang}/`, lang })),
  ...siteLanguages.map((lang) => ({ path: `${lang}/404/`, lang })),
  { path: '404.html', lang: 'en' },
  // The root stays on its language list for a reader whose language the site lacks.
  { path: '', lang: 'en', locale: 'fr-FR' },
];
const rows = (['light', 'dark'] as const).flatMap((scheme) =>
  pages.map((p) => ({ name: `/${p.path} (${scheme})`, input: { ...p, scheme }, want: p.lang })),
);

describe('every page renders cleanly, accessibly and locally', () => {
  it.each(rows)('$name', async ({ input, want }) => {
    const { page, context, requests, errors } = await openRecordingPage(site.browser, {
      colorScheme: input.scheme,
      locale: input.locale ?? 'en-US',
    });
    try {
      await page.goto(site.server.url + input.path, { waitUntil: 'load' });
      expect(await page.getAttribute('html', 'lang')).toBe(want);
      expect(await runAxe(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(onlyLocal(requests, site.server.origin)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the requirement page keeps its promises', () => {
  it.each(siteLanguages.map((lang) => ({ name: lang, input: lang, want: 5 })))(
    '$name: title anchor, checklist ids, checker section, source dates',
    async ({ input, want }) => {
      const { page, context } = await openRecordingPage(site.browser);
      try {
        await page.goto(
          `${site.server.url}${input}/#certificate-requirements-for-persistent-chat-server-in-lync-server-2013`,
        );
        expect(await page.locator('h1:target').count()).toBe(1);
        expect(await page.locator('.checklist-items > li[id]').count()).toBe(want);
        expect(await page.locator('[data-check-result="same-ca"][hidden]').count()).toBe(1);
        expect(await page.locator('section#checker').count()).toBe(1);
        const checklistBeforeChecker = await page.evaluate(() => {
          const list = document.querySelector('.checklist');
          const checker = document.querySelector('#checker');
          return Boolean(
            list &&
            checker &&
            list.compareDocumentPosition(checker) & Node.DOCUMENT_POSITION_FOLLOWING,
          );
        });
        expect(checklistBeforeChecker).toBe(true);
        expect(await page.locator('.source time').allTextContents()).toHaveLength(2);
        const alternates = await page
          .locator('link[rel="alternate"]')
          .evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
        expect(alternates).toEqual(['en', 'de', 'it', 'x-default']);
        const csp = await page.getAttribute(
          'meta[http-equiv="content-security-policy"]',
          'content',
        );
        expect(csp).toContain("connect-src 'none'");
        expect(csp).toContain("default-src 'self'");
        // One apostrophe style: the rendered MDX body writes them as straight as the strings do.
        expect(await page.locator('main').textContent()).not.toMatch(/[\u2018\u2019]/);
      } finally {
        await context.close();
      }
    },
  );

  it.each([
    { name: 'en', input: 'en', want: ['October 3, 2012', 'July 23, 2014'] },
    { name: 'de', input: 'de', want: ['3. Oktober 2012', '23. Juli 2014'] },
    { name: 'it', input: 'it', want: ['3 ottobre 2012', '23 luglio 2014'] },
  ])('$name: dates are formatted for the locale', async ({ input, want }) => {
    const { page, context } = await openRecordingPage(site.browser);
    try {
      await page.goto(`${site.server.url}${input}/`);
      expect(await page.locator('.source time').allTextContents()).toEqual(want);
    } finally {
      await context.close();
    }
  });
});
