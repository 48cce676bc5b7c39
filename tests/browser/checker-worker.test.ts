// The checker's worker (issue 9): checks run in a same-origin module worker admitted by the CSP
// and Trusted Types; a newer input supersedes an older one; oversize input is refused unread;
// certificate text cannot reorder the verdict line around it; a failed worker is said, with a
// Retry button.
import { describe, expect, it } from 'vitest';
import { cliTranslator } from '../../src/cli/translator.ts';
import { issue } from '../support/pki/issue.ts';
import { generateKeys } from '../support/pki/keys.ts';
import {
  checker,
  fillServer,
  localeLabels,
  pasteReference,
  serverRow,
  serverVerdict,
  waitForVerdicts,
} from './support/checker-page.ts';
import { useCheckerSite } from './support/checker-site.ts';
import { formStrings } from '../../src/components/checker/checker-strings.ts';

const site = useCheckerSite();

describe.each(localeLabels)('checker worker on /$lang/', (labels) => {
  it('checks in a same-origin module worker under the CSP and Trusted Types', async () => {
    const { page, context, errors } = await site.open(labels.lang);
    try {
      const csp =
        (await page
          .locator('meta[http-equiv="content-security-policy"]')
          .getAttribute('content')) ?? '';
      expect(csp).toContain("worker-src 'self' blob:");
      expect(csp).toContain("require-trusted-types-for 'script'");
      expect(csp).toContain("connect-src 'none'");
      const { pchat } = site.fx.pki.leaves;
      await pasteReference(page, labels, site.fx.referencePem);
      await fillServer(page, labels, 0, pchat.fqdn, pchat.pem);
      await waitForVerdicts(page, [pchat.fqdn]);
      const workers = page.workers();
      // Started from a blob: URL of this origin, so the page's CSP holds in the worker too.
      expect(workers.map((worker) => worker.url())).toEqual([
        expect.stringMatching(new RegExp(`^blob:${site.server.origin}/`)),
      ]);
      const fetched = await workers[0]?.evaluate(() =>
        fetch('/robots.txt').then(
          () => 'fetched',
          () => 'blocked',
        ),
      );
      expect(fetched).toBe('blocked');
      // Trusted Types still refuse every HTML sink on the page.
      const sink = await page.evaluate(() => {
        try {
          document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
          return 'written';
        } catch {
          return 'refused';
        }
      });
      expect(sink).toBe('refused');
      // One named policy, taken by the checker: no default policy, no second copy of it.
      expect(csp).toContain('trusted-types pchat-checker-worker');
      const policies = await page.evaluate(() =>
        ['default', 'pchat-checker-worker', 'other'].map((name) => {
          try {
            const tt = (
              window as { trustedTypes?: { createPolicy: (n: string, r: object) => unknown } }
            ).trustedTypes;
            if (tt === undefined) return `${name}: no Trusted Types`;
            tt.createPolicy(name, { createHTML: (html: string) => html });
            return `${name}: created`;
          } catch {
            return `${name}: refused`;
          }
        }),
      );
      expect(policies).toEqual([
        'default: refused',
        'pchat-checker-worker: refused',
        'other: refused',
      ]);
      expect(
        errors.filter(
          (error) => !/TrustedHTML|trusted-types|Trusted Type|Refused to connect/i.test(error),
        ),
      ).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the newest input, never an older one that finished later', async () => {
    const { page, context, errors } = await site.open(labels.lang);
    try {
      const { pchat, ca2 } = site.fx.pki.leaves;
      await pasteReference(page, labels, site.fx.referencePem);
      await page.locator('#checker[data-checker-ready]').waitFor();
      const row = serverRow(page, 0);
      await row.getByLabel(labels.fqdn, { exact: true }).fill(ca2.fqdn);
      // Two whole inputs straight after each other: the first request is superseded.
      await page.evaluate(
        ({ first, second }) => {
          const field = document.querySelector<HTMLTextAreaElement>(
            '[data-server-row] [data-cert-text]',
          );
          if (field === null) throw new Error('no server field');
          for (const value of [first, second]) {
            field.value = value;
            field.dispatchEvent(
              new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }),
            );
          }
        },
        { first: pchat.pem, second: ca2.pem },
      );
      await waitForVerdicts(page, [ca2.fqdn]);
      await page.waitForTimeout(300);
      expect(await serverVerdict(page, ca2.fqdn)).toEqual({ verdict: 'fail', sameCa: 'different' });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says when the worker failed, and checks again on Retry', async () => {
    const { page, context } = await site.open(labels.lang);
    try {
      const strings = formStrings[labels.lang];
      // The worker's module cannot load: the worker fails before answering anything.
      await page.route('**/_astro/worker-*.js', (route) => route.abort());
      await checker(page).getByLabel(labels.reference, { exact: true }).focus();
      const failed = checker(page).locator('[data-checker-failed]');
      await expect.poll(() => failed.isVisible()).toBe(true);
      expect(await failed.locator('p').textContent()).toBe(strings['error.unexpected.text']);
      await page.unroute('**/_astro/worker-*.js');
      await failed
        .getByRole('button', { name: strings['actions.retry.button'], exact: true })
        .click();
      await expect.poll(() => failed.isVisible()).toBe(false);
      await pasteReference(page, labels, site.fx.referencePem);
      const { pchat } = site.fx.pki.leaves;
      await fillServer(page, labels, 0, pchat.fqdn, pchat.pem);
      await waitForVerdicts(page, [pchat.fqdn]);
      expect(await serverVerdict(page, pchat.fqdn)).toEqual({
        verdict: 'pass',
        sameCa: 'verified',
      });
    } finally {
      await context.close();
    }
  });

  it('refuses a 2 MB paste and a 2 MB file by their size, before reading them', async () => {
    const { page, context, errors } = await site.open(labels.lang);
    try {
      await page.locator('#checker-reference').focus();
      await page.locator('#checker[data-checker-ready]').waitFor();
      const pasted = await page.evaluate(() => {
        const field = document.querySelector<HTMLTextAreaElement>('#checker-reference');
        if (field === null) throw new Error('no reference field');
        const data = new DataTransfer();
        data.setData('text/plain', '-'.repeat(2 * 1024 * 1024));
        const accepted = field.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
        return { accepted, length: field.value.length };
      });
      expect(pasted).toEqual({ accepted: false, length: 0 });
      const referenceError = checker(page).locator(
        '[data-cert-field="reference"] [data-field-error]',
      );
      // The cap as the language writes numbers: 1,048,576 / 1.048.576.
      const t = cliTranslator(labels.lang);
      const tooLarge = t('messages:input.error.too-large', { count: 1024 * 1024 });
      const cleared = t('checker:error.cleared.text');
      await expect.poll(() => referenceError.innerText()).toBe(`${tooLarge} ${cleared}`);
      await serverRow(page, 0)
        .locator('input[type=file]')
        .setInputFiles({
          name: 'huge.cer',
          mimeType: 'application/pkix-cert',
          buffer: Buffer.alloc(2 * 1024 * 1024, 0x41),
        });
      const serverError = serverRow(page, 0).locator('[data-field-error]');
      await expect
        .poll(() => serverError.innerText())
        .toBe(
          `${t('checker:error.source.text', { name: 'huge.cer', message: tooLarge })} ${cleared}`,
        );
      expect(await serverRow(page, 0).locator('[data-file-list] li').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('isolates certificate text so a right-to-left override cannot reorder the verdict line', async () => {
    const { page, context, errors } = await site.open(labels.lang);
    try {
      const caKeys = await generateKeys('p256');
      const evilName = 'Evil\u202eAC';
      const ca = await issue({
        serial: '0e71',
        subject: [{ CN: [evilName] }],
        publicKey: caKeys.publicKey,
        issuerKeys: caKeys,
        notBefore: new Date('2026-01-01T00:00:00Z'),
        notAfter: new Date('2027-01-01T00:00:00Z'),
        ca: true,
      });
      const leaf = await issue({
        serial: '0e72',
        subject: [{ CN: ['rtl.contoso.com'] }],
        issuerName: [{ CN: [evilName] }],
        publicKey: (await generateKeys('p256')).publicKey,
        issuerKeys: caKeys,
        notBefore: new Date('2026-01-01T00:00:00Z'),
        notAfter: new Date('2027-01-01T00:00:00Z'),
        dnsNames: ['rtl.contoso.com'],
        eku: ['1.3.6.1.5.5.7.3.1'],
        crlUrl: 'http://pki.contoso.com/crl/evil.crl',
        authorityKeyId: ca.keyId,
      });
      await pasteReference(page, labels, site.fx.referencePem);
      await fillServer(page, labels, 0, 'rtl.contoso.com', `${leaf.pem}${ca.pem}`);
      await waitForVerdicts(page, ['rtl.contoso.com']);
      // Every text node holding the override sits inside a <bdi>.
      const outside = await checker(page).evaluate((root) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const found: string[] = [];
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          if (node.textContent?.includes('\u202e') && node.parentElement?.closest('bdi') === null) {
            found.push(node.parentElement?.outerHTML ?? '');
          }
        }
        return found;
      });
      expect(outside).toEqual([]);
      const evidence = checker(page).locator('[data-fqdn="rtl.contoso.com"] [data-evidence] bdi');
      expect(await evidence.textContent()).toBe(evilName);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
