// Results first (issue 10): the overall verdict and one overview line per server with every
// failing or warning reason, visible at 1280×800 without opening anything; passing checks folded;
// the "Check validity on" date; the FQDN field's own messages. Every locale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliTranslator } from '../../src/cli/translator.ts';
import {
  checker,
  fillServer,
  localeLabels,
  pasteReference,
  serverRow,
  waitForVerdicts,
} from './support/checker-page.ts';
import { useCheckerSite } from './support/checker-site.ts';

const site = useCheckerSite();

const messages = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(`locales/${lang}/messages.json`, 'utf8')) as Record<string, string>;

describe.each(localeLabels)('checker overview on /$lang/', (labels) => {
  it('lists pass, warn and fail servers in input order, naming every failing check', async () => {
    const { page, context, errors } = await site.open(labels.lang);
    try {
      const { pchat, renewedCa1, mismatch } = site.fx.pki.leaves;
      const leaves = [mismatch, pchat, renewedCa1];
      await pasteReference(page, labels, site.fx.referencePem);
      for (const [index, leaf] of leaves.entries()) {
        await fillServer(page, labels, index, leaf.fqdn, leaf.pem);
      }
      await waitForVerdicts(
        page,
        leaves.map((leaf) => leaf.fqdn),
      );
      const rows = await checker(page)
        .locator('[data-overview] > li')
        .evaluateAll((all) =>
          all.map((li) => ({
            fqdn: li.getAttribute('data-overview-fqdn'),
            verdict: li.getAttribute('data-verdict'),
            link: li.querySelector('a')?.getAttribute('href') ?? null,
            evidence: (li.querySelector('.overview-evidence')?.textContent ?? '') !== '',
            reasons: [...li.querySelectorAll('[data-check-id]')].map((r) => [
              r.getAttribute('data-check-id'),
              r.getAttribute('data-status'),
              (r.textContent ?? '').length > 20,
            ]),
          })),
        );
      expect(rows).toEqual([
        {
          fqdn: mismatch.fqdn,
          verdict: 'fail',
          link: expect.stringMatching(/^#checker-result-\d+$/),
          evidence: true,
          reasons: [['hostname', 'fail', true]],
        },
        {
          fqdn: pchat.fqdn,
          verdict: 'pass',
          link: expect.any(String),
          evidence: true,
          reasons: [],
        },
        {
          fqdn: renewedCa1.fqdn,
          verdict: 'warn',
          link: expect.any(String),
          evidence: true,
          reasons: [['same-ca', 'warn', true]],
        },
      ]);
      // Each line links to that server's full result.
      for (const row of rows) {
        const target = checker(page).locator(row.link ?? '#none');
        expect(await target.getAttribute('data-fqdn')).toBe(row.fqdn);
      }
      // In the full result, failing checks show their message; passing ones fold into one line.
      const full = checker(page).locator(`[data-server-result][data-fqdn="${mismatch.fqdn}"]`);
      expect(await full.locator('.check-list [data-status="fail"]').first().isVisible()).toBe(true);
      const passing = full.locator('details.passing');
      expect(await passing.getAttribute('open')).toBeNull();
      // Every check but the failing hostname check passes.
      expect(await passing.locator('summary').textContent()).toBe(
        cliTranslator(labels.lang)('checker:result.passing', { count: 8 }),
      );
      expect(await full.locator('.details-list').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the overall verdict and every failing reason at 1280×800 without opening anything', async () => {
    const { page, context } = await site.open(labels.lang);
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      const { pchat, expired, mismatch } = site.fx.pki.leaves;
      const leaves = [pchat, expired, mismatch];
      await pasteReference(page, labels, site.fx.referencePem);
      for (const [index, leaf] of leaves.entries()) {
        await fillServer(page, labels, index, leaf.fqdn, leaf.pem);
      }
      await checker(page).getByRole('button', { name: labels.check, exact: true }).click();
      await waitForVerdicts(
        page,
        leaves.map((leaf) => leaf.fqdn),
      );
      await checker(page)
        .locator('[data-checker-summary]')
        .evaluate((summary) => summary.scrollIntoView({ block: 'start' }));
      const seen = await checker(page).evaluate((root) => {
        const visible = (element: Element): boolean => {
          const box = element.getBoundingClientRect();
          return element.checkVisibility() && box.top >= 0 && box.bottom <= window.innerHeight;
        };
        const reasons = [...root.querySelectorAll('[data-overview] [data-status="fail"]')];
        return {
          summary: visible(root.querySelector('[data-checker-summary] .summary-verdict') ?? root),
          reasons: reasons.length,
          allVisible: reasons.every(visible),
        };
      });
      expect(seen).toEqual({ summary: true, reasons: 2, allVisible: true });
    } finally {
      await context.close();
    }
  });

  it('checks validity on the chosen date, and says so', async () => {
    const { page, context } = await site.open(labels.lang);
    try {
      const { expiringSoon } = site.fx.pki.leaves;
      await pasteReference(page, labels, site.fx.referencePem);
      await fillServer(page, labels, 0, expiringSoon.fqdn, expiringSoon.pem);
      await waitForVerdicts(page, [expiringSoon.fqdn]);
      const validity = checker(page).locator(
        `[data-server-result][data-fqdn="${expiringSoon.fqdn}"] [data-check-id="validity"]`,
      );
      expect(await validity.getAttribute('data-status')).toBe('warn');
      const day = checker(page).locator('[data-check-date]');
      expect(await day.inputValue()).toBe('2026-06-01');
      await day.fill('2026-07-01');
      await expect.poll(() => validity.getAttribute('data-status')).toBe('fail');
      expect(
        await checker(page)
          .locator('[data-checker-summary] [data-checked-at]')
          .getAttribute('data-checked-at'),
      ).toBe('2026-07-01T00:00:00.000Z');
    } finally {
      await context.close();
    }
  });

  const fqdnCases = [
    { name: 'an IP address', input: '192.0.2.10', want: 'fqdn.ip' },
    { name: 'a wildcard', input: '*.contoso.com', want: 'fqdn.wildcard' },
    { name: 'not a host name', input: 'not a host!!', want: 'fqdn.syntax' },
  ];
  it.each(fqdnCases)('refuses $name as an FQDN with its own message', async ({ input, want }) => {
    const { page, context } = await site.open(labels.lang);
    try {
      await pasteReference(page, labels, site.fx.referencePem);
      await fillServer(page, labels, 0, input, site.fx.pki.leaves.pchat.pem);
      const error = serverRow(page, 0).locator('[data-fqdn-error]');
      // The message names what was typed, as the CLI's does.
      const text = (messages(labels.lang)[want] ?? '').replaceAll('{{fqdn}}', input);
      await expect.poll(() => error.textContent()).toBe(text);
      expect(
        await serverRow(page, 0)
          .getByLabel(labels.fqdn, { exact: true })
          .getAttribute('aria-invalid'),
      ).toBe('true');
      expect(await checker(page).locator('[data-server-result]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
