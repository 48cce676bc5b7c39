// Runbook links, "Copy report", "Download JSON" and "Clear all": the page's reports equal what
// the CLI's renderers make of the same inputs.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkCertificates } from '../../src/lib/cert/index.ts';
import { renderMarkdown, toJson } from '../../src/lib/report/index.ts';
import { cliTranslator } from '../../src/cli/translator.ts';
import { utf8 } from '../support/pki/index.ts';
import {
  checker,
  fillServer,
  localeLabels,
  overallVerdict,
  pasteReference,
  serverRow,
  waitForVerdicts,
} from './support/checker-page.ts';
import { useCheckerSite } from './support/checker-site.ts';

const site = useCheckerSite();

const prefills: readonly { name: string; input: string; want: readonly string[] }[] = [
  {
    name: 'two servers',
    input: '?server=a.contoso.com&server=b.contoso.com',
    want: ['a.contoso.com', 'b.contoso.com'],
  },
  {
    name: 'blank entries dropped',
    input: '?server=&server=%20c.contoso.com',
    want: ['c.contoso.com'],
  },
  {
    name: 'certificates in the URL ignored',
    input: '?server=d.contoso.com&reference=MIIB&certificate=MIIB',
    want: ['d.contoso.com'],
  },
];

describe.each(localeLabels)('checker actions on /$lang/', (labels) => {
  it.each(prefills)('?server= prefill: $name', async ({ input, want }) => {
    const { page, context } = await site.open(labels.lang, { query: input });
    try {
      // One row exists before the checker loads, so wait for the checker, not the row count.
      await page.locator('#checker[data-checker-ready]').waitFor();
      const fqdns = () =>
        checker(page)
          .locator('[data-fqdn-input]')
          .evaluateAll((all) => all.map((e) => (e as HTMLInputElement).value));
      await expect.poll(fqdns).toEqual(want);
      const focused = await page.evaluate(() => document.activeElement?.id ?? '');
      expect(focused).toBe(await serverRow(page, 0).locator('textarea').getAttribute('id'));
      const texts = await checker(page)
        .locator('textarea')
        .evaluateAll((all) => all.map((t) => (t as HTMLTextAreaElement).value));
      expect(texts.every((text) => text === '')).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('copies the Markdown report and downloads the JSON the CLI would write', async () => {
    const { page, context, requests } = await site.open(labels.lang);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: site.server.origin,
    });
    try {
      const { pchat, renewedCa1 } = site.fx.pki.leaves;
      await pasteReference(page, labels, site.fx.referencePem);
      await fillServer(page, labels, 0, pchat.fqdn, pchat.pem);
      await fillServer(page, labels, 1, renewedCa1.fqdn, renewedCa1.pem);
      await waitForVerdicts(page, [pchat.fqdn, renewedCa1.fqdn]);
      const report = await checkCertificates({
        references: [utf8(site.fx.referencePem)],
        servers: [pchat, renewedCa1].map((leaf) => ({ fqdn: leaf.fqdn, input: utf8(leaf.pem) })),
        at: site.fx.pki.now,
      });
      const t = cliTranslator(labels.lang);
      // A check needs no report writer: they come when a person reaches for a report button.
      const writers = () => requests.filter((url) => /\/report-actions\.[\w-]+\.js$/.test(url));
      expect(writers()).toEqual([]);

      await checker(page)
        .getByRole('button', { name: /./ })
        .and(page.locator('[data-action="copy"]'))
        .click();
      await expect
        .poll(() => checker(page).locator('[data-checker-status]').textContent())
        .toBe(t('checker:actions.copy.done'));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(renderMarkdown(report, { t, lang: labels.lang }));

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        checker(page).locator('[data-action="download"]').click(),
      ]);
      const path = await download.path();
      const json: unknown = JSON.parse(await readFile(path, 'utf8'));
      expect(json).toEqual(JSON.parse(JSON.stringify(toJson(report, t))));
      expect(writers()).toHaveLength(1);
    } finally {
      await context.close();
    }
  });

  it('clears everything with "Clear all" and returns focus to the first field', async () => {
    const { page, context } = await site.open(labels.lang);
    try {
      const { pchat, pchat2 } = site.fx.pki.leaves;
      await pasteReference(page, labels, site.fx.referencePem);
      await fillServer(page, labels, 0, pchat.fqdn, pchat.pem);
      await fillServer(page, labels, 1, pchat2.fqdn, pchat2.pem);
      await waitForVerdicts(page, [pchat.fqdn, pchat2.fqdn]);
      await checker(page).locator('[data-action="clear"]').click();
      await expect.poll(() => overallVerdict(page)).toBeNull();
      expect(await checker(page).locator('[data-server-row]').count()).toBe(1);
      expect(await checker(page).locator('[data-verdict]').count()).toBe(0);
      const values = await checker(page)
        .locator('textarea, input[type=text]')
        .evaluateAll((all) => all.map((e) => (e as HTMLInputElement).value));
      expect(values.every((v) => v === '')).toBe(true);
      expect(await page.locator('[data-check-result="same-ca"]').first().isHidden()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('checker-reference');
    } finally {
      await context.close();
    }
  });
});
