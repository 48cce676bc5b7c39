// Accessibility of the checker with results shown (axe-core, light and dark), and a complete
// keyboard-only flow with managed focus.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe } from './support/axe.ts';
import {
  checker,
  fillServer,
  localeLabels,
  overallVerdict,
  pasteReference,
  serverVerdict,
  waitForVerdicts,
} from './support/checker-page.ts';
import { useCheckerSite } from './support/checker-site.ts';

const site = useCheckerSite();

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

const schemes = localeLabels.flatMap((labels) =>
  (['light', 'dark'] as const).map((colorScheme) => ({
    name: `/${labels.lang}/ ${colorScheme}`,
    labels,
    colorScheme,
  })),
);

describe('checker accessibility', () => {
  it.each(schemes)(
    'axe-core finds nothing with results shown: $name',
    async ({ labels, colorScheme }) => {
      const { page, context } = await site.open(labels.lang, { colorScheme });
      try {
        const { pchat, renewedCa1, ca2 } = site.fx.pki.leaves;
        await pasteReference(page, labels, site.fx.referencePem);
        await fillServer(page, labels, 0, pchat.fqdn, pchat.pem);
        await fillServer(page, labels, 1, renewedCa1.fqdn, renewedCa1.pem);
        await fillServer(page, labels, 2, ca2.fqdn, ca2.pem);
        await fillServer(page, labels, 3, 'broken.contoso.com', 'not a certificate');
        await waitForVerdicts(page, [pchat.fqdn, renewedCa1.fqdn, ca2.fqdn]);
        for (const summary of await checker(page).locator('[data-server-result] summary').all()) {
          await summary.click();
        }
        await expect
          .poll(() => checker(page).locator('[data-field-error]:not(:empty)').count())
          .toBe(1);
        expect(await runAxe(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.each(localeLabels)('works by keyboard alone on /$lang/', async (labels) => {
    const { page, context, errors } = await site.open(labels.lang);
    try {
      const { pchat, ca2 } = site.fx.pki.leaves;
      await tabTo(page, '#checker-reference');
      await page.keyboard.insertText(site.fx.referencePem);
      await tabTo(page, '[data-fqdn-input]');
      await page.keyboard.type(pchat.fqdn);
      // Past the row's role, to its certificate.
      await tabTo(page, '[data-server-row]:nth-child(1) [data-cert-text]');
      await page.keyboard.insertText(pchat.pem);
      // "Add server" moves focus to the new row's FQDN field.
      await tabTo(page, '[data-action="add-server"]');
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedId(page)).toMatch(/^checker-server-\d+-fqdn$/);
      const secondFqdn = await focusedId(page);
      await page.keyboard.type(ca2.fqdn);
      await tabTo(page, '[data-server-row]:nth-child(2) [data-cert-text]');
      await page.keyboard.insertText(ca2.pem);
      // A third row, added and removed again: focus goes back to a neighbouring row.
      await tabTo(page, '[data-action="add-server"]');
      await page.keyboard.press('Enter');
      await expect.poll(() => checker(page).locator('[data-server-row]').count()).toBe(3);
      await tabTo(page, '[data-server-row]:nth-child(3) [data-action="remove-server"]');
      await page.keyboard.press('Space');
      await expect.poll(() => checker(page).locator('[data-server-row]').count()).toBe(2);
      expect(await focusedId(page)).toBe(secondFqdn);
      await tabTo(page, '[data-action="check"]');
      await page.keyboard.press('Enter');
      await waitForVerdicts(page, [pchat.fqdn, ca2.fqdn]);
      expect(await overallVerdict(page)).toBe('fail');
      expect(await serverVerdict(page, ca2.fqdn)).toEqual({ verdict: 'fail', sameCa: 'different' });
      // Details open from the keyboard.
      await tabTo(page, `[data-fqdn="${ca2.fqdn}"] details.certificate summary`);
      await page.keyboard.press('Enter');
      expect(
        await checker(page)
          .locator(`[data-fqdn="${ca2.fqdn}"] details.certificate`)
          .getAttribute('open'),
      ).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
