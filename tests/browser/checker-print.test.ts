// Printing the page (or saving it as PDF) gives the requirement and the checker's results: the
// overall verdict, every server with its verdict and failing reasons, the date and the reference
// CA; the input fields are not printed, and results laid out lazily are printed all the same.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  checker,
  fillServer,
  localeLabels,
  pasteReference,
  waitForVerdicts,
} from './support/checker-page.ts';
import { useCheckerSite } from './support/checker-site.ts';

const site = useCheckerSite();
const run = promisify(execFile);

/** The text of the page printed to PDF by Chromium, as `pdftotext` reads it, spaces collapsed. */
async function printedText(page: Page): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'checker-print-'));
  try {
    const pdf = join(folder, 'page.pdf');
    await writeFile(pdf, await page.pdf({ format: 'A4' }));
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    return collapse(stdout);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The visible text of each element `selector` matches, spaces collapsed. */
const textsOf = async (page: Page, selector: string): Promise<string[]> =>
  (await page.locator(selector).allInnerTexts()).map(collapse).filter((text) => text !== '');

describe.each(localeLabels)('printing /$lang/', (labels) => {
  it('prints the requirement and every result, without the input fields', async () => {
    const { page, context } = await site.open(labels.lang);
    try {
      const { pchat, otherRoot } = site.fx.pki.leaves;
      await pasteReference(page, labels, site.fx.referencePem);
      await fillServer(page, labels, 0, pchat.fqdn, pchat.pem);
      await fillServer(page, labels, 1, otherRoot.fqdn, otherRoot.pem);
      await checker(page).getByLabel(labels.date, { exact: true }).fill('2026-12-24');
      await waitForVerdicts(page, [pchat.fqdn, otherRoot.fqdn]);
      // Every result in view, to read what a person sees on screen.
      await page.setViewportSize({ width: 1000, height: 6000 });
      const title = collapse(await page.locator('h1').innerText());
      const summary = await textsOf(page, '[data-checker-summary] p');
      const failing = await textsOf(
        page,
        `[data-server-result][data-fqdn="${otherRoot.fqdn}"] [data-check-id][data-status="fail"]`,
      );
      const results = await textsOf(page, '[data-server-result] .result-title');
      // A short window scrolled to the top: the results stand out of view, where the screen
      // skips laying them out (content-visibility), and are printed all the same.
      await page.setViewportSize({ width: 1000, height: 400 });
      await page.evaluate(() => window.scrollTo(0, 0));
      const printed = await printedText(page);
      expect({ results: results.length, failing: failing.length }).toEqual({
        results: 2,
        failing: 1,
      });
      // The requirement; the overall verdict, the date and the reference CA; each server's
      // verdict; the failing reason.
      for (const line of [title, ...summary, ...results, ...failing]) {
        expect(printed).toContain(line);
      }
      for (const input of [labels.reference, labels.date, labels.check]) {
        expect(printed).not.toContain(input);
      }
    } finally {
      await context.close();
    }
  });
});
