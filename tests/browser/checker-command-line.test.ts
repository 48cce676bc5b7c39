// "Copy command line": the `pchat-certs check` for the rows' servers over TLS, each on its role's
// port (Front End Servers 5061, Persistent Chat Servers 5041), the reference from the first Front
// End Server, `--at` for a chosen date, quoted for PowerShell or a POSIX shell.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildCommandLine } from '../../src/lib/command-line/build-command-line.ts';
import { runAxe } from './support/axe.ts';
import { checker, serverRow } from './support/checker-page.ts';
import { useCheckerSite } from './support/checker-site.ts';

const site = useCheckerSite();

const servers = [
  { fqdn: 'fe01.contoso.com', role: 'front-end' },
  { fqdn: 'fe02.contoso.com', role: 'front-end' },
  { fqdn: 'pchat01.contoso.com', role: 'persistent-chat' },
] as const;
const day = '2026-12-24';

/** What a person reads and chooses, per language. */
const locales = [
  {
    lang: 'en',
    add: 'Add server',
    fqdn: 'Server FQDN',
    date: 'Check validity on',
    role: 'Role',
    frontEnd: 'Front End Server',
    shells: {
      powershell: 'Copy command line (PowerShell)',
      posix: 'Copy command line (POSIX shell)',
    },
    done: "Command line copied to the clipboard. pchat-certs check fetches each server's certificate over TLS: Front End Servers on port 5061, Persistent Chat Servers on port 5041.",
    noReference:
      'No command line yet: the reference is fetched from a Front End Server, so choose the role Front End Server for at least one server.',
  },
  {
    lang: 'de',
    add: 'Server hinzufügen',
    fqdn: 'Server-FQDN',
    date: 'Gültigkeit prüfen am',
    role: 'Rolle',
    frontEnd: 'Front-End-Server',
    shells: {
      powershell: 'Befehlszeile kopieren (PowerShell)',
      posix: 'Befehlszeile kopieren (POSIX-Shell)',
    },
    done: 'Die Befehlszeile wurde in die Zwischenablage kopiert. pchat-certs check ruft das Zertifikat jedes Servers über TLS ab: von Front-End-Servern an Port 5061, von Servern für beständigen Chat an Port 5041.',
    noReference:
      'Noch keine Befehlszeile: Die Referenz wird von einem Front-End-Server abgerufen. Wählen Sie daher für mindestens einen Server die Rolle „Front-End-Server“ aus.',
  },
  {
    lang: 'it',
    add: 'Aggiungi server',
    fqdn: 'FQDN del server',
    date: 'Data di verifica della validità',
    role: 'Ruolo',
    frontEnd: 'Server Front End',
    shells: {
      powershell: 'Copia riga di comando (PowerShell)',
      posix: 'Copia riga di comando (shell POSIX)',
    },
    done: 'Riga di comando copiata negli Appunti. pchat-certs check recupera tramite TLS il certificato di ogni server: dai server Front End sulla porta 5061, dai server Chat persistente sulla porta 5041.',
    noReference:
      'Nessuna riga di comando: il riferimento viene recuperato da un server Front End, pertanto scegliere il ruolo Server Front End per almeno un server.',
  },
] as const;

type Locale = (typeof locales)[number];

const status = (page: Page) => page.locator('[data-checker-status]');

/** Names the servers and, by keyboard, chooses each Front End Server's role. */
async function fillRows(page: Page, labels: Locale, roles: boolean): Promise<void> {
  for (const [index, { fqdn, role }] of servers.entries()) {
    if (index > 0) {
      await checker(page).getByRole('button', { name: labels.add, exact: true }).click();
    }
    const row = serverRow(page, index);
    await row.getByLabel(labels.fqdn, { exact: true }).fill(fqdn);
    await page.locator('#checker[data-checker-ready]').waitFor();
    if (roles && role === 'front-end') {
      await row.getByLabel(labels.role, { exact: true }).focus();
      // A select's keyboard: the next option is the Front End Server.
      await page.keyboard.press('ArrowDown');
      expect(await row.getByLabel(labels.role, { exact: true }).inputValue()).toBe('front-end');
      const chosen = row.getByLabel(labels.role, { exact: true }).locator('option:checked');
      expect(await chosen.textContent()).toBe(labels.frontEnd);
    }
  }
}

describe.each(locales)('copy command line on /$lang/', (labels) => {
  it.each(['powershell', 'posix'] as const)(
    'copies every server with its tls: port for %s',
    async (shell) => {
      const { page, context } = await site.open(labels.lang);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: site.server.origin,
      });
      try {
        await fillRows(page, labels, true);
        await checker(page).getByLabel(labels.date, { exact: true }).fill(day);
        await checker(page)
          .getByRole('button', { name: labels.shells[shell], exact: true })
          .click();
        await expect.poll(() => status(page).textContent()).toBe(labels.done);
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        const want = buildCommandLine({ servers, at: day }, shell);
        expect(want.ok && copied === want.command).toBe(true);
        expect(copied.startsWith('pchat-certs check --reference ')).toBe(true);
        for (const part of [
          'tls:fe01.contoso.com:5061',
          'fe01.contoso.com=tls:5061',
          'fe02.contoso.com=tls:5061',
          'pchat01.contoso.com=tls:5041',
          `--at ${day}`,
        ]) {
          expect(copied).toContain(part);
        }
        expect(await runAxe(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('says why there is no command line without a Front End Server', async () => {
    const { page, context } = await site.open(labels.lang);
    try {
      await fillRows(page, labels, false);
      await checker(page).getByRole('button', { name: labels.shells.posix, exact: true }).click();
      await expect.poll(() => status(page).textContent()).toBe(labels.noReference);
    } finally {
      await context.close();
    }
  });
});
