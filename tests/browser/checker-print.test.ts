// Printing the page (or saving it as PDF) gives the requirement and the checker's results: the
// overall verdict, every server with its verdict and failing reasons, the date and the reference
// CA; the input fields are not printed, and results laid out lazily are printed all the same.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { manyServers, type ManyServers } from '../bench/many-servers-input.ts';
import {
  checker,
  clipboardIntoBulk,
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

// More servers than the screen builds in one frame (render-work.ts: some 100 lines and results),
// so that printing right away finds most of them not built yet.
const manyCount = 150;

describe(`printing ${manyCount} servers`, () => {
  let many: ManyServers;
  beforeAll(async () => {
    many = await manyServers(manyCount);
  }, 60_000);

  it('prints the last one too, printed as soon as the verdicts in view show', async () => {
    const [english] = localeLabels;
    const { page, context } = await site.open('en');
    try {
      await pasteReference(page, english, many.caPem);
      await page.locator('#checker[data-checker-ready]').waitFor();
      const pasted = many.servers.map((server) => server.pem).join('');
      await clipboardIntoBulk(page, site.server.origin, pasted);
      // The screen shows the verdicts in view first and the rest in later tasks; paper gets them
      // all. Printing is asked for in the very task that shows the first verdicts, and what the
      // page built for paper is counted before any later task could build more.
      const builtForPaper = page.evaluate(
        (count) =>
          new Promise<{ lines: number; results: number }>((resolve) => {
            const summary = document.querySelector('#checker [data-checker-summary]');
            if (summary === null) throw new Error('no summary');
            new MutationObserver((_, observer) => {
              if (!(summary.textContent ?? '').includes(`Servers checked: ${count}.`)) return;
              observer.disconnect();
              window.dispatchEvent(new Event('beforeprint'));
              const built = (selector: string): number =>
                document.querySelectorAll(`#checker ${selector}`).length;
              resolve({ lines: built('.overview-row'), results: built('[data-server-result]') });
              window.dispatchEvent(new Event('afterprint'));
            }).observe(summary, { subtree: true, childList: true, characterData: true });
          }),
        manyCount,
      );
      await page.keyboard.press('Control+V');
      expect(await builtForPaper).toEqual({ lines: manyCount, results: manyCount });
      const printed = await printedText(page);
      const last = many.servers.at(-1)?.fqdn ?? '';
      // Their text as on screen, read whole: out of view, the screen skips laying them out.
      const texts = async (selector: string): Promise<string[]> => {
        await page.locator(selector).waitFor({ state: 'attached' });
        return (await page.locator(selector).allTextContents()).map(collapse);
      };
      const line = await texts(`.overview-row[data-overview-fqdn="${last}"] .overview-head`);
      const title = await texts(`[data-server-result][data-fqdn="${last}"] .result-title`);
      expect({ line: line.length, title: title.length }).toEqual({ line: 1, title: 1 });
      // Read whole, the badge's icon and word have no space between them: compared without spaces.
      const bare = (text: string): string => text.replace(/\s+/g, '');
      expect(title[0]).toContain(last);
      for (const text of [...line, ...title]) {
        expect(bare(printed).includes(bare(text)), `printed: ${text}`).toBe(true);
      }
    } finally {
      await context.close();
    }
  });
});
