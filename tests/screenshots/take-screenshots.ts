// `npm run screenshots`: the checker with results for three servers (pass, warn, fail), taken
// from the built site (dist/) in Debian's Chromium at 1280×800, light and dark, into
// docs/screenshots/. Driven through the labels the checker contract promises, so it keeps
// working when the checker's layout changes.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { checkerFixtures } from '../browser/support/checker-fixtures.ts';
import {
  checker,
  fillServer,
  localeLabels,
  openChecker,
  pasteReference,
  waitForVerdicts,
} from '../browser/support/checker-page.ts';
import { openSite } from '../browser/support/site.ts';

const outDir = 'docs/screenshots';
const viewport = { width: 1280, height: 800 };
const [english] = localeLabels;

/** Keeps the verdict and the overview in view, with the checker's heading above them if it fits. */
async function frameResults(page: Page): Promise<void> {
  const top = async (selector: string): Promise<number> =>
    (await checker(page)
      .locator(selector)
      .first()
      .evaluate((e) => e.getBoundingClientRect().top)) +
    (await page.evaluate(() => window.scrollY));
  const heading = await top('h2');
  const check = await top('[data-action="check"]');
  const target = check - heading < viewport.height / 3 ? heading : check;
  await page.evaluate((y) => window.scrollTo(0, y - 16), target);
}

const site = await openSite('dist');
try {
  const fx = await checkerFixtures();
  const { pchat, expiringSoon, ca2 } = fx.pki.leaves;
  mkdirSync(outDir, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    const { page, context, errors } = await openChecker(site.browser, site.server.url, 'en', {
      now: fx.pki.now,
      colorScheme,
    });
    try {
      await page.setViewportSize(viewport);
      await pasteReference(page, english, fx.referencePem);
      await fillServer(page, english, 0, pchat.fqdn, pchat.pem);
      await fillServer(page, english, 1, expiringSoon.fqdn, expiringSoon.pem);
      await fillServer(page, english, 2, ca2.fqdn, ca2.pem);
      await checker(page).getByRole('button', { name: english.check, exact: true }).click();
      await waitForVerdicts(page, [pchat.fqdn, expiringSoon.fqdn, ca2.fqdn]);
      await page.evaluate(() => document.fonts.ready);
      await frameResults(page);
      const path = `${outDir}/checker-${colorScheme}.png`;
      await page.screenshot({ path });
      if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
      console.log(`Written: ${path}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await site.close();
}
