// What a person sees and copies, read as they read it, in every language: the checker's visible
// text after files are chosen, after a check with every disclosure open, and the report that
// "Copy report" puts on the clipboard. The same check as the unit tests' (readable-text.ts).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cliTranslator } from '../../src/cli/translator.ts';
import { createTestRequests } from '../support/pki/index.ts';
import { unreadableParts } from '../support/readable-text.ts';
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
const requests = await createTestRequests();

/** Words each language must show for the cases this file sets up. */
const said = {
  en: {
    usages:
      'Client Authentication, Secure Email, Code Signing, Time Stamping, OCSP Signing, 1.3.6.1.4.1.311.10.3.4',
    lastDay: 'Expires within a day, on ',
    requestHostname: 'Server FQDN in the request',
    keyId: 'Key identifier',
  },
  de: {
    usages:
      'Clientauthentifizierung, Sichere E-Mail, Codesignatur, Zeitstempel, OCSP-Signatur, 1.3.6.1.4.1.311.10.3.4',
    lastDay: 'Läuft innerhalb eines Tages ab (am ',
    requestHostname: 'Server-FQDN in der Anforderung',
    keyId: 'Schlüsselkennung',
  },
  it: {
    usages:
      'Autenticazione client, Protezione posta elettronica, Firma codice, Timestamp, Firma OCSP, 1.3.6.1.4.1.311.10.3.4',
    lastDay: 'Scade entro un giorno (data di scadenza: ',
    requestHostname: 'FQDN del server nella richiesta',
    keyId: 'Identificatore chiave',
  },
} as const;

/**
 * The checker's visible text, as a person reads it scrolling through it all: innerText leaves
 * out what is hidden, and also results out of view (content-visibility: auto), so the window is
 * made as tall as the page first, until the page stops growing.
 */
async function visibleText(page: Page): Promise<string> {
  for (let last = 0; ;) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (height === last) return checker(page).innerText();
    last = height;
    await page.setViewportSize({ width: 1280, height });
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
  }
}

/** Opens every disclosure in the checker, as a person clicking each one, until none is closed. */
async function openEveryDetail(page: Page): Promise<void> {
  for (;;) {
    const closed = checker(page).locator('details:not([open]) > summary');
    if ((await closed.count()) === 0) return;
    await closed.first().click();
  }
}

describe.each(localeLabels)('what a person reads on /$lang/', (labels) => {
  const t = cliTranslator(labels.lang);
  const words = said[labels.lang];

  it('after choosing files: each file by name and size, and what it holds', async () => {
    const { page, context, errors } = await site.open(labels.lang);
    try {
      const { pchat } = site.fx.pki.leaves;
      await checker(page)
        .locator('#checker-reference-files')
        .setInputFiles({
          name: 'chain.p7b',
          mimeType: 'application/x-pkcs7-certificates',
          buffer: Buffer.from(site.fx.referenceP7b),
        });
      await serverRow(page, 0).getByLabel(labels.fqdn, { exact: true }).fill(pchat.fqdn);
      await serverRow(page, 0)
        .locator('input[type=file]')
        .setInputFiles({
          name: 'pchat01.cer',
          mimeType: 'application/pkix-cert',
          buffer: Buffer.from(pchat.der),
        });
      await waitForVerdicts(page, [pchat.fqdn]);
      const items = await checker(page).locator('[data-file-list] li').allInnerTexts();
      expect(items).toEqual(
        [
          { name: 'chain.p7b', count: site.fx.referenceP7b.length },
          { name: 'pchat01.cer', count: pchat.der.length },
        ].map(
          ({ name, count }) =>
            `${t('checker:files.item.text', { name, count })}\n${t('checker:files.remove.button', { name })}`,
        ),
      );
      expect(unreadableParts(await visibleText(page), labels.lang)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('after a check, with every detail open: findings in the reader’s words', async () => {
    const { page, context, errors } = await site.open(labels.lang);
    try {
      const { pchat, ekuMixed, expiringToday, ca2 } = site.fx.pki.leaves;
      const request = requests.ekuClientOnly;
      await pasteReference(page, labels, site.fx.referencePem);
      const servers = [pchat, ekuMixed, expiringToday, ca2, request];
      for (const [index, server] of servers.entries()) {
        await fillServer(page, labels, index, server.fqdn, server.pem);
      }
      await waitForVerdicts(
        page,
        servers.map((server) => server.fqdn),
      );
      await openEveryDetail(page);
      const text = await visibleText(page);
      expect(unreadableParts(text, labels.lang)).toEqual([]);
      for (const part of [words.usages, words.lastDay, words.requestHostname]) {
        expect(text).toContain(part);
      }
      // Every full result was read, not only the overview: each has its table and its checks.
      const count = (part: string) => text.split(part).length - 1;
      expect({
        tables: count(t('checker:details.sha256.label')),
        notCa: count(t('checker:check.end-entity.name')),
      }).toEqual({ tables: servers.length, notCa: servers.length });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('in the copied report: the reference CA with its key identifier, in the reader’s words', async () => {
    const { page, context } = await site.open(labels.lang);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: site.server.origin,
    });
    try {
      const { pchat, ekuMixed, expiringToday } = site.fx.pki.leaves;
      await pasteReference(page, labels, site.fx.referencePem);
      const servers = [pchat, ekuMixed, expiringToday];
      for (const [index, server] of servers.entries()) {
        await fillServer(page, labels, index, server.fqdn, server.pem);
      }
      await waitForVerdicts(
        page,
        servers.map((server) => server.fqdn),
      );
      await checker(page).locator('[data-action="copy"]').click();
      await expect
        .poll(() => checker(page).locator('[data-checker-status]').textContent())
        .toBe(t('checker:actions.copy.done'));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(unreadableParts(copied, labels.lang)).toEqual([]);
      const keyId = site.fx.pki.cas.issuingCa1.keyId;
      expect(copied).toContain(`(${words.keyId}: \`${keyId}\`)`);
      expect(copied).toContain(words.usages);
      expect(copied).toContain(words.lastDay);
    } finally {
      await context.close();
    }
  });
});
