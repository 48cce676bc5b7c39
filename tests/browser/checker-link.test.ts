// "Copy link" and `?at=`: the copied link names the rows' servers and the chosen day, and opening
// it gives the same rows and day; a link's day that is not a calendar day is ignored and said.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe } from './support/axe.ts';
import { checker, serverRow } from './support/checker-page.ts';
import { useCheckerSite } from './support/checker-site.ts';

const site = useCheckerSite();

const servers = ['fe01.contoso.com', 'pchat01.contoso.com'] as const;
const day = '2026-12-24';

/** What a person reads, per language. */
const locales = [
  {
    lang: 'en',
    add: 'Add server',
    fqdn: 'Server FQDN',
    date: 'Check validity on',
    copy: 'Copy link',
    done: 'Link copied to the clipboard. It opens this page with the same servers and date; it holds no certificate.',
    failed: 'The browser did not allow copying. The link is shown below: select it and copy it.',
    fallback: 'Link to this check',
    invalid:
      'The date “2026-02-30” in the link is not a valid date (YYYY-MM-DD), so it was ignored: the certificates are checked for today.',
  },
  {
    lang: 'de',
    add: 'Server hinzufügen',
    fqdn: 'Server-FQDN',
    date: 'Gültigkeit prüfen am',
    copy: 'Link kopieren',
    done: 'Der Link wurde in die Zwischenablage kopiert. Er öffnet diese Seite mit denselben Servern und demselben Datum; er enthält kein Zertifikat.',
    failed:
      'Der Browser hat das Kopieren nicht zugelassen. Der Link wird unten angezeigt: Markieren und kopieren Sie ihn.',
    fallback: 'Link zu dieser Prüfung',
    invalid:
      'Das Datum „2026-02-30“ im Link ist kein gültiges Datum (JJJJ-MM-TT) und wurde daher ignoriert: Die Zertifikate werden für heute geprüft.',
  },
  {
    lang: 'it',
    add: 'Aggiungi server',
    fqdn: 'FQDN del server',
    date: 'Data di verifica della validità',
    copy: 'Copia collegamento',
    done: 'Collegamento copiato negli Appunti. Apre questa pagina con gli stessi server e la stessa data; non contiene alcun certificato.',
    failed:
      'Il browser non ha consentito la copia. Il collegamento è visualizzato di seguito: selezionarlo e copiarlo.',
    fallback: 'Collegamento a questa verifica',
    invalid:
      'La data «2026-02-30» indicata nel collegamento non è una data valida (AAAA-MM-GG) ed è stata quindi ignorata: i certificati vengono verificati in base alla data odierna.',
  },
] as const;

type Locale = (typeof locales)[number];

const status = (page: Page) => page.locator('[data-checker-status]');

/** Names the servers in rows and chooses the day. */
async function fillRowsAndDay(page: Page, labels: Locale): Promise<void> {
  for (const [index, fqdn] of servers.entries()) {
    if (index > 0)
      await checker(page).getByRole('button', { name: labels.add, exact: true }).click();
    await serverRow(page, index).getByLabel(labels.fqdn, { exact: true }).fill(fqdn);
    // The first edit loads the checker; the rows after it are the checker's.
    await page.locator('#checker[data-checker-ready]').waitFor();
  }
  await checker(page).getByLabel(labels.date, { exact: true }).fill(day);
}

/** The FQDN fields' values, in order. */
const rowValues = (page: Page) =>
  checker(page)
    .locator('[data-fqdn-input]')
    .evaluateAll((all) => all.map((e) => (e as HTMLInputElement).value));

describe.each(locales)('copy link on /$lang/', (labels) => {
  it('copies the rows and day, and the link opens the page with them', async () => {
    const { page, context } = await site.open(labels.lang);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: site.server.origin,
    });
    try {
      await fillRowsAndDay(page, labels);
      // By keyboard: focus the button and press Enter.
      await checker(page).getByRole('button', { name: labels.copy, exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page).textContent()).toBe(labels.done);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(
        `${site.server.origin}/${labels.lang}/?server=${servers[0]}&server=${servers[1]}&at=${day}#checker`,
      );

      const opened = await site.open(labels.lang);
      try {
        await opened.page.goto(copied);
        await opened.page.locator('#checker[data-checker-ready]').waitFor();
        await expect.poll(() => rowValues(opened.page)).toEqual([...servers]);
        const date = checker(opened.page).getByLabel(labels.date, { exact: true });
        expect(await date.inputValue()).toBe(day);
        expect(await opened.page.locator('[data-date-note]').isHidden()).toBe(true);
      } finally {
        await opened.context.close();
      }
    } finally {
      await context.close();
    }
  });

  it('shows the link to copy by hand when the browser refuses, axe clean', async () => {
    const { page, context } = await site.open(labels.lang);
    try {
      await page.evaluate(() => {
        navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
      });
      await fillRowsAndDay(page, labels);
      await checker(page).getByRole('button', { name: labels.copy, exact: true }).click();
      await expect.poll(() => status(page).textContent()).toBe(labels.failed);
      const shown = checker(page).getByLabel(labels.fallback, { exact: true });
      expect(await shown.inputValue()).toBe(
        `${site.server.origin}/${labels.lang}/?server=${servers[0]}&server=${servers[1]}&at=${day}#checker`,
      );
      expect(await runAxe(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("ignores a link's day that is not a date, says so, and checks for today", async () => {
    const { page, context } = await site.open(labels.lang, {
      query: `?server=${servers[0]}&at=2026-02-30`,
    });
    try {
      await page.locator('#checker[data-checker-ready]').waitFor();
      const note = page.locator('[data-date-note]');
      await expect.poll(() => note.textContent()).toBe(labels.invalid);
      expect(await note.isVisible()).toBe(true);
      expect(await rowValues(page)).toEqual([servers[0]]);
      const date = checker(page).getByLabel(labels.date, { exact: true });
      expect(await date.inputValue()).toBe(site.fx.pki.now.toISOString().slice(0, 10));
      // Choosing a day ends the note.
      await date.fill(day);
      await expect.poll(() => note.isHidden()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
