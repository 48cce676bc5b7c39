// `npm run screenshots`: the checker with results for three servers (pass, warn, fail), taken
// from the built site (dist/) in Debian's Chromium at 1280×800, light and dark, into
// docs/screenshots/. Driven through the labels the checker contract promises, so it keeps
// working when the checker's layout changes.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
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

interface Span {
  readonly top: number;
  readonly bottom: number;
}

/** Where an element is on the page (not in the viewport). */
function spanOf(locator: Locator): Promise<Span> {
  return locator.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
  });
}

/**
 * Scrolls to the results: the checker's heading too when everything fits, else from the check
 * button (results shown right under it) or from the first server's result (results in the rows).
 */
async function frameResults(page: Page, fqdns: readonly string[]): Promise<void> {
  const heading = await spanOf(checker(page).locator('h2').first());
  const button = await spanOf(checker(page).locator('[data-action="check"]'));
  const summary = await spanOf(checker(page).locator('[data-checker-summary]'));
  const results = await Promise.all(
    fqdns.map((fqdn) => spanOf(checker(page).locator(`[data-fqdn="${fqdn}"]`).first())),
  );
  const first = Math.min(summary.top, ...results.map((r) => r.top));
  const last = Math.max(summary.bottom, ...results.map((r) => r.bottom));
  const margin = 24;
  let top = first;
  if (last - heading.top + 2 * margin <= viewport.height) top = heading.top;
  else if (first === summary.top && first - button.bottom < viewport.height / 4) top = button.top;
  await page.evaluate((y) => window.scrollTo(0, y), top - margin);
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
      const fqdns = [pchat.fqdn, expiringSoon.fqdn, ca2.fqdn];
      await waitForVerdicts(page, fqdns);
      await page.evaluate(() => document.fonts.ready);
      await frameResults(page, fqdns);
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
