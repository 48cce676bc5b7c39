// Certificates never leave the page: no request while checking, nothing stored, CSP enforced,
// certificate text shown as text. Every request the page makes is recorded.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { xssName } from './support/checker-fixtures.ts';
import {
  checker,
  fillServer,
  localeLabels,
  pasteReference,
  waitForVerdicts,
} from './support/checker-page.ts';
import { useCheckerSite } from './support/checker-site.ts';
import { onlyLocal } from './support/site.ts';

const site = useCheckerSite();

/** Everything a page could keep: web storage, cookies, IndexedDB databases, its URL. */
async function storage(page: Page): Promise<unknown> {
  const cookies = await page.context().cookies();
  const inPage = await page.evaluate(async () => ({
    local: Object.entries(localStorage),
    session: Object.entries(sessionStorage),
    indexedDb: (await indexedDB.databases()).map((db) => db.name),
    url: window.location.href,
  }));
  return { cookies, ...inPage };
}

describe.each(localeLabels)('checker privacy on /$lang/', (labels) => {
  it('loads checker code only on interaction, then checks without any request', async () => {
    const { page, context, requests, errors } = await site.open(labels.lang);
    try {
      await page.waitForLoadState('load');
      expect(requests.filter((url) => url.includes('/_astro/app.'))).toEqual([]);
      await checker(page).getByLabel(labels.reference, { exact: true }).focus();
      await expect.poll(() => requests.some((url) => url.includes('/_astro/app.'))).toBe(true);
      // Started: its code, its strings and its worker have loaded.
      await page.locator('#checker[data-checker-ready]').waitFor();
      await page.waitForLoadState('networkidle');
      const loaded = requests.length;
      const { pchat, ca2 } = site.fx.pki.leaves;
      await pasteReference(page, labels, site.fx.referencePem);
      await fillServer(page, labels, 0, pchat.fqdn, pchat.pem);
      await fillServer(page, labels, 1, ca2.fqdn, ca2.pem);
      await waitForVerdicts(page, [pchat.fqdn, ca2.fqdn]);
      await checker(page).getByRole('button', { name: labels.check, exact: true }).click();
      await page.waitForTimeout(300);
      expect(requests.slice(loaded)).toEqual([]);
      expect(onlyLocal(requests, site.server.origin)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('stores nothing about certificates anywhere', async () => {
    const { page, context } = await site.open(labels.lang);
    try {
      const before = await storage(page);
      const { pchat } = site.fx.pki.leaves;
      await pasteReference(page, labels, site.fx.referencePem);
      await fillServer(page, labels, 0, pchat.fqdn, pchat.pem);
      await waitForVerdicts(page, [pchat.fqdn]);
      await checker(page).getByRole('button', { name: labels.check, exact: true }).click();
      const after = await storage(page);
      expect(after).toEqual(before);
      expect(JSON.stringify(after)).not.toContain(pchat.fqdn);
    } finally {
      await context.close();
    }
  });

  it('shows a certificate whose name is markup as text and runs nothing', async () => {
    const { page, context, requests, errors } = await site.open(labels.lang);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      await pasteReference(page, labels, site.fx.referencePem);
      await fillServer(page, labels, 0, 'xss.contoso.com', site.fx.xssPem);
      await waitForVerdicts(page, ['xss.contoso.com']);
      const result = checker(page).locator('[data-fqdn="xss.contoso.com"]');
      await result.locator('details.certificate summary').click();
      // The readable DN may escape < and > (RFC 4514); the markup itself must stay text. The
      // certificate table is built when the disclosure opens.
      await expect.poll(() => result.innerText()).toContain(xssName.slice(1, -1));
      expect(await page.locator('#checker img').count()).toBe(0);
      await page.waitForTimeout(200);
      expect(dialogs).toEqual([]);
      expect(requests.filter((url) => url.endsWith('/x'))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('enforces a CSP that forbids connections and foreign scripts', async () => {
    const { page, context } = await site.open(labels.lang);
    try {
      const csp = await page
        .locator('meta[http-equiv="content-security-policy"]')
        .getAttribute('content');
      const directives = new Map(
        (csp ?? '')
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .filter((words) => words[0] !== undefined && words[0] !== '')
          .map(([name = '', ...values]) => [name, values]),
      );
      expect(directives.get('connect-src')).toEqual(["'none'"]);
      expect(directives.get('script-src')).toContain("'self'");
      expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
      expect(directives.get('script-src')).not.toContain("'unsafe-eval'");
      const fetched = await page.evaluate(() =>
        fetch(window.location.href).then(
          () => 'sent',
          () => 'blocked',
        ),
      );
      expect(fetched).toBe('blocked');
    } finally {
      await context.close();
    }
  });
});
