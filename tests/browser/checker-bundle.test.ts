// Issue 22, part 2 on the page: the Management Shell snippet's output pasted or dropped once into
// "Many servers at once" fills the reference and one row per server, says what it found, and gives
// every verdict, the failing certificate named by its label words; bad bundles get their message.
// The bundle is written as Windows writes it: CRLF, 76-column Base-64, WARNING lines, and as a
// file UTF-16LE with a byte order mark.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cliTranslator } from '../../src/cli/translator.ts';
import { checkFqdnSyntax, fqdnMessageKeys } from '../../src/lib/cert/index.ts';
import { snippetPem, windowsUtf16, type TestPki } from '../support/pki/index.ts';
import { observeLongTasks } from '../bench/main-thread.ts';
import { manyServers, snippetBundleOf, type ManyServers } from '../bench/many-servers-input.ts';
import { runAxe } from './support/axe.ts';
import { openRecordingPage } from './support/browser.ts';
import {
  checker,
  clipboardIntoBulk,
  localeLabels,
  serverRow,
  waitForVerdicts,
} from './support/checker-page.ts';
import { useCheckerSite } from './support/checker-site.ts';

const site = useCheckerSite();

/**
 * What the snippet prints for a pool whose second Front End Server could not be reached: fe01's
 * Default certificate, the reference, fe01's WebServicesInternal certificate (from another CA),
 * pchat01's certificate and a label for pchat02 with nothing under it; CRLF and 76 columns.
 */
function snippetBundle(pki: TestPki): string {
  const { cas, leaves } = pki;
  return [
    'WARNING: fe02.contoso.com: its certificates could not be read (WinRM cannot complete the operation)',
    ...snippetPem('# fe01.contoso.com FrontEnd Default', leaves.frontEnd, 76),
    ...snippetPem('# reference', cas.issuingCa1, 76),
    ...snippetPem('# fe01.contoso.com FrontEnd WebServicesInternal', leaves.ca2, 76),
    ...snippetPem('# pchat01.contoso.com PersistentChat Default', leaves.pchat, 76),
    '# pchat02.contoso.com PersistentChat Default',
    '',
  ].join('\r\n');
}

/** Focuses the many-servers field (which loads the checker) and waits for the checker. */
async function focusBulk(page: Page, label: string): Promise<void> {
  await checker(page).getByLabel(label, { exact: true }).focus();
  await page.locator('#checker[data-checker-ready]').waitFor();
}

/** Puts `text` on the clipboard and pastes it with Ctrl+V into the many-servers field. */
async function pasteBundle(page: Page, label: string, text: string): Promise<void> {
  await page.evaluate((clip) => navigator.clipboard.writeText(clip), text);
  await focusBulk(page, label);
  await page.keyboard.press('Control+V');
}

/** Each row as a person sees it: FQDN, role, recognized line and error. */
const rowsOf = (page: Page) =>
  checker(page)
    .locator('[data-server-row]')
    .evaluateAll((rows) =>
      rows.map((row) => ({
        fqdn: row.querySelector<HTMLInputElement>('[data-fqdn-input]')?.value,
        role: row.querySelector<HTMLSelectElement>('[data-role-select]')?.value,
        fqdnError: row.querySelector<HTMLElement>('[data-fqdn-error]')?.innerText ?? '',
        error: row.querySelector<HTMLElement>('[data-field-error]')?.innerText ?? '',
      })),
    );

/** Dispatches a drop of one file onto the many-servers drop zone. */
async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const transfer = await page.evaluateHandle(
    (file) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(file.bytes)], file.name));
      return data;
    },
    { name, bytes: [...bytes] },
  );
  const zone = checker(page).locator('[data-cert-field="bulk"] [data-drop-zone]');
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await zone.dispatchEvent(type, { dataTransfer: transfer });
  }
}

describe.each(localeLabels)('a bundle in "Many servers at once" on /$lang/', (labels) => {
  const t = cliTranslator(labels.lang);
  const bulk = t('form:bulk.field.label');
  const named = (name: string, message: string) =>
    t('checker:error.source.text', { name, message });
  const found = t('bundle:found.ignored.text', {
    found: t('bundle:found.text', {
      references: t('bundle:found.references', { count: 1 }),
      servers: t('bundle:found.servers', { count: 3 }),
      certificates: t('bundle:found.certificates', { count: 3 }),
    }),
    ignored: t('bundle:found.ignored', { count: 1 }),
  });
  const noCertificate = named(
    '# pchat02.contoso.com PersistentChat Default',
    t('bundle:input.error.label-without-certificate'),
  );

  it('one paste gives every verdict, fills the linked row, names the failing certificate, and Tab reaches the results', async () => {
    const { page, context, errors } = await site.open(labels.lang, {
      query: '?server=pchat01.contoso.com',
    });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: site.server.origin,
      });
      await page.locator('#checker[data-checker-ready]').waitFor();
      const bundle = snippetBundle(site.fx.pki);
      await pasteBundle(page, bulk, bundle);
      await waitForVerdicts(page, ['fe01.contoso.com', 'pchat01.contoso.com']);
      const field = checker(page).locator('[data-cert-field="bulk"]');
      expect(await field.locator('[data-recognized]').innerText()).toBe(found);
      const rows = [
        { fqdn: 'pchat01.contoso.com', role: 'persistent-chat', fqdnError: '', error: '' },
        { fqdn: 'fe01.contoso.com', role: 'front-end', fqdnError: '', error: '' },
        {
          fqdn: 'pchat02.contoso.com',
          role: 'persistent-chat',
          fqdnError: '',
          error: noCertificate,
        },
      ];
      expect(await rowsOf(page)).toEqual(rows);
      const reference = checker(page).locator('[data-cert-field="reference"] [data-recognized]');
      expect(await reference.innerText()).toBe(
        named(
          '# reference',
          t('checker:recognized.text', {
            format: t('checker:format.pem.name'),
            count: 1,
            names: 'Contoso Issuing CA 1',
          }),
        ),
      );
      // fe01's two certificates are one server: its verdict is the worst, named by label words.
      const overview = checker(page).locator(
        '[data-overview] > li[data-overview-fqdn="fe01.contoso.com"]',
      );
      expect(await overview.getAttribute('data-verdict')).toBe('fail');
      // An overview line out of view is laid out (and so has visible text) once scrolled to,
      // in the frame after the scroll.
      await overview.scrollIntoViewIfNeeded();
      await expect
        .poll(() => overview.innerText())
        .toContain('fe01.contoso.com (FrontEnd WebServicesInternal)');
      const result = checker(page).locator('[data-server-result][data-fqdn="fe01.contoso.com"]');
      // A result out of view is laid out (and so has visible text) once scrolled to.
      await result.scrollIntoViewIfNeeded();
      await expect
        .poll(() => result.innerText())
        .toContain(
          t('bundle:report.server.several-certificates', {
            number: 2,
            labels: 'FrontEnd WebServicesInternal',
          }),
        );
      const pchat = checker(page).locator('[data-server-result][data-fqdn="pchat01.contoso.com"]');
      expect(await pchat.getAttribute('data-verdict')).toBe('pass');
      expect(await checker(page).locator('[data-server-result]').count()).toBe(2);
      expect(
        await checker(page).locator('[data-checker-summary]').getAttribute('data-verdict'),
      ).toBe('fail');

      // The same bundle again fills the same rows: none is added.
      await pasteBundle(page, bulk, bundle);
      await expect.poll(() => field.locator('[data-recognized]').innerText()).toBe(found);
      await waitForVerdicts(page, ['fe01.contoso.com', 'pchat01.contoso.com']);
      expect(await rowsOf(page)).toEqual(rows);

      // Keyboard only: from the field, Tab reaches the results' overview links.
      await checker(page).getByLabel(bulk, { exact: true }).focus();
      let inResults = false;
      for (let presses = 0; presses < 150 && !inResults; presses += 1) {
        await page.keyboard.press('Tab');
        inResults = await page.evaluate(
          () => document.activeElement?.closest('[data-overview]') !== null,
        );
      }
      expect(inResults).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(
        /^(pchat01|fe01)\.contoso\.com$/,
      );
      expect(await runAxe(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a bundle file as Windows PowerShell writes it (UTF-16LE, BOM, CRLF) dropped on the zone', async () => {
    const { page, context, errors } = await site.open(labels.lang);
    try {
      await focusBulk(page, bulk);
      await dropFile(page, 'certificates.txt', windowsUtf16(snippetBundle(site.fx.pki)));
      await waitForVerdicts(page, ['fe01.contoso.com', 'pchat01.contoso.com']);
      const line = checker(page).locator('[data-cert-field="bulk"] [data-recognized]');
      expect(await line.innerText()).toBe(named('certificates.txt', found));
      // The blank first row takes the first server.
      expect((await rowsOf(page)).map((row) => [row.fqdn, row.role])).toEqual([
        ['fe01.contoso.com', 'front-end'],
        ['pchat01.contoso.com', 'persistent-chat'],
        ['pchat02.contoso.com', 'persistent-chat'],
      ]);
      const overview = checker(page).locator(
        '[data-overview] > li[data-overview-fqdn="fe01.contoso.com"]',
      );
      // An overview line out of view is laid out (and so has visible text) once scrolled to,
      // in the frame after the scroll.
      await overview.scrollIntoViewIfNeeded();
      await expect
        .poll(() => overview.innerText())
        .toContain('fe01.contoso.com (FrontEnd WebServicesInternal)');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  const badBundles: readonly {
    name: string;
    input: (pki: TestPki) => string;
    want: { bulkError: string; rows: { fqdn: string; fqdnError: string }[] };
  }[] = [
    {
      name: 'a private key inside a bundle is refused and cleared, no row filled',
      input: (pki) =>
        [
          ...snippetPem('# pchat01.contoso.com PersistentChat Default', pki.leaves.pchat),
          pki.privateKeyPem,
        ].join('\n'),
      want: {
        bulkError: `${t('messages:input.error.private-key')} ${t('checker:error.cleared.text')}`,
        rows: [{ fqdn: '', fqdnError: '' }],
      },
    },
    {
      name: 'more labels than the cap: refused whole, the limit named',
      input: (pki) =>
        Array.from({ length: 1001 }, (_, index) =>
          snippetPem(`# s${index}.contoso.com PersistentChat Default`, pki.leaves.pchat).join('\n'),
        ).join('\n'),
      want: {
        bulkError: t('bundle:input.error.too-many-labels', { limit: 1000 }),
        rows: [{ fqdn: '', fqdnError: '' }],
      },
    },
    {
      name: 'a label that is not an FQDN gives its row the FQDN error',
      input: (pki) =>
        [
          ...snippetPem('# reference', pki.cas.issuingCa1),
          ...snippetPem('# fe01 FrontEnd Default', pki.leaves.frontEnd),
        ].join('\n'),
      want: {
        bulkError: '',
        rows: [
          {
            fqdn: 'fe01',
            fqdnError: (() => {
              const syntax = checkFqdnSyntax('fe01');
              return syntax.ok
                ? ''
                : t(`messages:${fqdnMessageKeys[syntax.code]}`, { fqdn: 'fe01' });
            })(),
          },
        ],
      },
    },
  ];

  it('says so when what places a paste cannot load, and places the next paste after Retry', async () => {
    const { page, context } = await site.open(labels.lang);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: site.server.origin,
      });
      // The placement (bulk-fill.ts) loads with the first split: here its chunk cannot load.
      await page.route('**/_astro/bulk-fill.*.js', (route) => route.abort());
      await pasteBundle(page, bulk, snippetBundle(site.fx.pki));
      const failed = checker(page).locator('[data-checker-failed]');
      await expect.poll(() => failed.isVisible()).toBe(true);
      expect(await failed.locator('p').textContent()).toBe(t('form:error.unexpected.text'));
      await page.unroute('**/_astro/bulk-fill.*.js');
      await failed
        .getByRole('button', { name: t('form:actions.retry.button'), exact: true })
        .click();
      await expect.poll(() => failed.isVisible()).toBe(false);
      await pasteBundle(page, bulk, snippetBundle(site.fx.pki));
      await waitForVerdicts(page, ['fe01.contoso.com', 'pchat01.contoso.com']);
      // The blank row takes the bundle's first server, new rows the others, in bundle order.
      expect((await rowsOf(page)).map((row) => row.fqdn)).toEqual([
        'fe01.contoso.com',
        'pchat01.contoso.com',
        'pchat02.contoso.com',
      ]);
    } finally {
      await context.close();
    }
  });

  it.each(badBundles)('$name', async ({ input, want }) => {
    const { page, context, errors } = await site.open(labels.lang);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: site.server.origin,
      });
      await pasteBundle(page, bulk, input(site.fx.pki));
      const error = checker(page).locator('[data-cert-field="bulk"] [data-field-error]');
      if (want.bulkError !== '') await expect.poll(() => error.innerText()).toBe(want.bulkError);
      else {
        await serverRow(page, 0).locator('[data-fqdn-error]').filter({ hasText: /./ }).waitFor();
        expect(await error.innerText()).toBe('');
      }
      expect((await rowsOf(page)).map(({ fqdn, fqdnError }) => ({ fqdn, fqdnError }))).toEqual(
        want.rows,
      );
      expect(await page.content()).not.toContain('PRIVATE KEY');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('a bundle of 200 Front End Servers (400 certificates) pasted at once', () => {
  let rsa: ManyServers;
  beforeAll(async () => {
    rsa = await manyServers(200, 'rsa2048');
  }, 120_000);

  /** One fresh page: the paste, the time until every verdict shows, and the long tasks. */
  async function pasteMeasured(bundle: string): Promise<{ ms: number; tasks: number[] }> {
    const { page, context, errors } = await openRecordingPage(site.browser);
    try {
      await page.clock.setFixedTime(site.fx.pki.now);
      await page.addInitScript(observeLongTasks);
      await page.goto(`${site.server.url}en/`);
      await clipboardIntoBulk(page, site.server.origin, bundle);
      await focusBulk(page, 'Many servers at once');
      // Start-up and the worker's warm-up are not what is measured.
      await page.waitForTimeout(1000);
      await page.evaluate(() => {
        (globalThis as unknown as { benchLongTasks: number[] }).benchLongTasks.length = 0;
      });
      const shown = page.evaluate(
        (count) =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            new MutationObserver((_, observer) => {
              if (document.querySelectorAll('[data-server-result][data-verdict]').length < count)
                return;
              observer.disconnect();
              resolve(performance.now() - start);
            }).observe(document.body, { subtree: true, childList: true, attributes: true });
          }),
        rsa.servers.length,
      );
      await page.keyboard.press('Control+V');
      const ms = await shown;
      const summary = checker(page).locator('[data-checker-summary] .summary-verdict');
      expect(await summary.innerText()).toContain('Servers checked: 200.');
      // The rows follow the verdicts, a frame's budget at a time.
      await expect.poll(() => checker(page).locator('[data-server-row]').count()).toBe(200);
      await page.waitForTimeout(300);
      const tasks = await page.evaluate(() =>
        (globalThis as unknown as { benchLongTasks: number[] }).benchLongTasks.filter(
          (task) => task > 50,
        ),
      );
      expect(errors).toEqual([]);
      return { ms, tasks };
    } finally {
      await context.close();
    }
  }

  it('gives every verdict with no main-thread task over 50 ms', async () => {
    const bundle = snippetBundleOf(rsa);
    // A busy machine stretches a task now and then (two cores shared): up to three fresh pages,
    // stopping at the first without a long task, while the page's own work would stretch each.
    const runs: { ms: number; tasks: number[] }[] = [];
    while (runs.length < 3 && !runs.some((run) => run.tasks.length === 0)) {
      runs.push(await pasteMeasured(bundle));
    }
    // The figure the issue's closing note asks for: paste to every verdict.
    console.info(
      `200-server bundle, paste to all verdicts: ${runs
        .map(
          (run) => `${run.ms.toFixed(0)} ms (tasks over 50 ms: ${run.tasks.join(', ') || 'none'})`,
        )
        .join('; ')}`,
    );
    expect(runs.some((run) => run.tasks.length === 0)).toBe(true);
  }, 300_000);
});
