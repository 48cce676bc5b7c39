// When the checker does its work: whole inputs are checked at once while typing waits for a
// pause, certificate tables are built when opened or printed, and the idle-time warm-up is
// invisible, silent and offline.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openRecordingPage, type RecordingPage } from './support/browser.ts';
import {
  checker,
  fillServer,
  localeLabels,
  pasteReference,
  waitForVerdicts,
} from './support/checker-page.ts';
import { useCheckerSite } from './support/checker-site.ts';

const site = useCheckerSite();

const [english] = localeLabels;

// The real clock: page.clock would also fake the performance entries these tests count runs by.
async function openEnglish(): Promise<RecordingPage> {
  const recording = await openRecordingPage(site.browser);
  await recording.page.goto(`${site.server.url}en/`);
  return recording;
}

/** Runs started so far (checker-app marks each run). */
const runCount = (page: Page): Promise<number> =>
  page.evaluate(() => performance.getEntriesByName('checker:run').length);

/** Focuses the reference field (which loads the checker) and waits for its start-up run. */
async function startChecker(page: Page): Promise<void> {
  await checker(page).getByLabel(english.reference, { exact: true }).focus();
  await expect.poll(() => runCount(page)).toBeGreaterThan(0);
}

const editCases: readonly { name: string; input: string; want: number }[] = [
  { name: 'a paste is checked at once', input: 'insertFromPaste', want: 1 },
  { name: 'a drop of text is checked at once', input: 'insertFromDrop', want: 1 },
  { name: 'typing waits for a pause', input: 'insertText', want: 0 },
];

describe('checker timing', () => {
  it.each(editCases)('$name', async ({ input, want }) => {
    const { page, context, errors } = await openEnglish();
    try {
      await startChecker(page);
      // Counted in the same task as the event: a debounced run could not have started yet.
      const started = await page.evaluate(
        ({ pem, inputType }) => {
          const field = document.querySelector<HTMLTextAreaElement>('#checker-reference');
          if (field === null) throw new Error('reference field missing');
          const before = performance.getEntriesByName('checker:run').length;
          field.value = pem;
          field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType }));
          return performance.getEntriesByName('checker:run').length - before;
        },
        { pem: site.fx.referencePem, inputType: input },
      );
      expect(started).toBe(want);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('builds a certificate table when its result is opened, and all of them for print', async () => {
    const { page, context, errors } = await openEnglish();
    try {
      const { pchat, ca2 } = site.fx.pki.leaves;
      await pasteReference(page, english, site.fx.referencePem);
      await fillServer(page, english, 0, pchat.fqdn, pchat.pem);
      await fillServer(page, english, 1, ca2.fqdn, ca2.pem);
      await waitForVerdicts(page, [pchat.fqdn, ca2.fqdn]);
      const tables = checker(page).locator('[data-server-result] .details-list');
      expect(await tables.count()).toBe(0);
      await checker(page)
        .locator(`[data-fqdn="${pchat.fqdn}"] details.certificate summary`)
        .click();
      await expect.poll(() => tables.count()).toBe(1);
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      expect(await tables.count()).toBe(2);
      expect(await checker(page).locator('[data-server-result] details:not([open])').count()).toBe(
        0,
      );
      // Opening again never builds a second table.
      await checker(page)
        .locator(`[data-fqdn="${pchat.fqdn}"] details.certificate summary`)
        .click();
      await checker(page)
        .locator(`[data-fqdn="${pchat.fqdn}"] details.certificate summary`)
        .click();
      expect(await tables.count()).toBe(2);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('warms up while idle without showing, announcing or requesting anything', async () => {
    const { page, context, requests, errors } = await openEnglish();
    try {
      const visible = (): Promise<unknown> =>
        page.evaluate(() => ({
          summary: document.querySelector('[data-checker-summary]')?.textContent,
          verdict: document.querySelector('[data-checker-summary]')?.getAttribute('data-verdict'),
          status: document.querySelector('[data-checker-status]')?.textContent,
          results: document.querySelectorAll('[data-server-result]:not([hidden])').length,
          checklist: document.querySelectorAll('[data-check-result]:not([hidden])').length,
        }));
      await startChecker(page);
      await page.waitForLoadState('networkidle');
      const before = await visible();
      const loaded = requests.length;
      // The worker's warm-up, a few hundred milliseconds of checks of its built-in certificates,
      // has long finished after a second and a half of an otherwise idle page.
      await page.waitForTimeout(1500);
      expect(await visible()).toEqual(before);
      expect(before).toMatchObject({ verdict: null, status: '', results: 0, checklist: 0 });
      expect(requests.slice(loaded)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
