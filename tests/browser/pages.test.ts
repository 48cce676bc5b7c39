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

describe('every page says who it is for, near the top', () => {
  const sfb2015 =
    "When installing your Persistent Chat Server, you're going to need a certificate that's issued by the same CA as the one used by your Skype for Business Server 2015 internal servers. This needs to be done for each server running the Persistent Chat Web Services for File Upload/Download.";
  it.each([
    {
      name: 'en',
      input: 'en',
      want: {
        appliesTo:
          'This requirement applies to Lync Server 2013 and to Skype for Business Server 2015, whose documentation states the same requirement (quoted below). Skype for Business Server 2019 has no Persistent Chat, so the requirement does not apply to it.',
        heading: 'The same requirement in Skype for Business Server 2015',
        quote: sfb2015,
        source:
          'Source (in English): Microsoft, “Environmental requirements for Skype for Business Server 2015”, section “Certificates for your Persistent Chat Server”',
        original: null,
      },
    },
    {
      name: 'de',
      input: 'de',
      want: {
        appliesTo:
          'Diese Anforderung gilt für Lync Server 2013 und für Skype for Business Server 2015, dessen Dokumentation dieselbe Anforderung nennt (unten zitiert). Skype for Business Server 2019 enthält keinen beständigen Chat; für diese Version gilt die Anforderung daher nicht.',
        heading: 'Dieselbe Anforderung in Skype for Business Server 2015',
        quote:
          'Für die Installation des Servers für beständigen Chat benötigen Sie ein Zertifikat, das von derselben Zertifizierungsstelle (ZS) ausgestellt wurde wie die Zertifikate der internen Server von Skype for Business Server 2015.',
        source:
          'Quelle (auf Englisch): Microsoft, “Environmental requirements for Skype for Business Server 2015”, section “Certificates for your Persistent Chat Server”',
        original: sfb2015,
      },
    },
    {
      name: 'it',
      input: 'it',
      want: {
        appliesTo:
          'Questo requisito si applica a Lync Server 2013 e a Skype for Business Server 2015, la cui documentazione indica lo stesso requisito (citato di seguito). Skype for Business Server 2019 non include Chat persistente, quindi il requisito non si applica a questa versione.',
        heading: 'Lo stesso requisito in Skype for Business Server 2015',
        quote:
          'Per installare il server Chat persistente è necessario un certificato rilasciato dalla stessa autorità di certificazione (CA) che ha rilasciato i certificati dei server interni di Skype for Business Server 2015.',
        source:
          'Fonte (in inglese): Microsoft, “Environmental requirements for Skype for Business Server 2015”, section “Certificates for your Persistent Chat Server”',
        original: sfb2015,
      },
    },
  ])('$name', async ({ input, want }) => {
    const { page, context } = await openRecordingPage(site.browser);
    try {
      await page.goto(`${site.server.url}${input}/`);
      // Right under the title, before the quoted requirement.
      expect(await page.locator('h1 + p').innerText()).toBe(want.appliesTo);
      expect(await page.locator('#also-quoted').innerText()).toBe(want.heading);
      expect(await page.locator('#sfb2015-same-ca-requirement > p').innerText()).toContain(
        want.quote,
      );
      expect(await page.locator('.quote-source').innerText()).toBe(want.source);
      // The English title is marked as English, so a screen reader reads it as English.
      const source = page.locator('.quote-source a[lang="en"]');
      expect(await source.getAttribute('href')).toBe(
        'https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/requirements-for-your-environment/environmental-requirements#certificates-for-your-persistent-chat-server',
      );
      const original = page.locator('#original-sfb2015-same-ca-requirement p');
      expect(want.original === null ? await original.count() : await original.textContent()).toBe(
        want.original ?? 0,
      );
      expect(await page.locator('#checker > p').first().innerText()).toContain(
        'Skype for Business Server 2015',
      );
    } finally {
      await context.close();
    }
  });
});
