// Files and bad input through the page: DER and .p7b uploads work; keys, PFX and garbage are
// refused at their own field, in the page's language, and nothing else the user entered is lost.
import { describe, expect, it } from 'vitest';
import { cliTranslator } from '../../src/cli/translator.ts';
import type { Translate } from '../../src/i18n/translate.ts';
import {
  checker,
  fillServer,
  localeLabels,
  overallVerdict,
  pasteReference,
  serverRow,
  serverVerdict,
  waitForVerdicts,
} from './support/checker-page.ts';
import { useCheckerSite } from './support/checker-site.ts';

const site = useCheckerSite();

/** A file list item as a person reads it: name and size, then its Remove button. */
const fileItem = (t: Translate, name: string, count: number): string =>
  `${t('checker:files.item.text', { name, count })}\n${t('checker:files.remove.button', { name })}`;

describe.each(localeLabels)('checker inputs on /$lang/', (labels) => {
  const t = cliTranslator(labels.lang);
  it('checks a DER server file against a .p7b reference bundle, both uploaded', async () => {
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
      const row = serverRow(page, 0);
      await row.getByLabel(labels.fqdn, { exact: true }).fill(pchat.fqdn);
      await row.locator('input[type=file]').setInputFiles({
        name: 'pchat01.cer',
        mimeType: 'application/pkix-cert',
        buffer: Buffer.from(pchat.der),
      });
      await waitForVerdicts(page, [pchat.fqdn]);
      expect(await serverVerdict(page, pchat.fqdn)).toEqual({
        verdict: 'pass',
        sameCa: 'verified',
      });
      // The whole item: its Remove button also names the file, so the name alone proves nothing.
      const items = checker(page).locator(
        '[data-cert-field="reference"] [data-file-list] li, [data-server-row] [data-file-list] li',
      );
      expect(await items.allInnerTexts()).toEqual([
        fileItem(t, 'chain.p7b', site.fx.referenceP7b.length),
        fileItem(t, 'pchat01.cer', pchat.der.length),
      ]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('accepts a .p7b bundle dropped onto the reference field', async () => {
    const { page, context, errors } = await site.open(labels.lang);
    try {
      const { pchat } = site.fx.pki.leaves;
      const field = checker(page).locator('[data-cert-field]').first();
      const dataTransfer = await page.evaluateHandle(
        (bytes) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([new Uint8Array(bytes)], 'dropped.p7b'));
          return transfer;
        },
        [...site.fx.referenceP7b],
      );
      for (const type of ['dragenter', 'dragover', 'drop']) {
        await field.dispatchEvent(type, { dataTransfer });
      }
      await expect
        .poll(() => field.locator('[data-file-list] li').allInnerTexts())
        .toEqual([fileItem(t, 'dropped.p7b', site.fx.referenceP7b.length)]);
      await fillServer(page, labels, 0, pchat.fqdn, pchat.pem);
      await waitForVerdicts(page, [pchat.fqdn]);
      expect(await serverVerdict(page, pchat.fqdn)).toEqual({
        verdict: 'pass',
        sameCa: 'verified',
      });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  const cleared = t('checker:error.cleared.text');
  const refusals: readonly {
    name: string;
    input: { field: 'reference' | 'server'; kind: 'paste' | 'file' };
    want: { cleared: true; error: string };
  }[] = [
    {
      name: 'a pasted private key in the reference field',
      input: { field: 'reference', kind: 'paste' },
      want: { cleared: true, error: `${t('messages:input.error.private-key')} ${cleared}` },
    },
    {
      name: 'a pasted private key in a server field',
      input: { field: 'server', kind: 'paste' },
      want: { cleared: true, error: `${t('messages:input.error.private-key')} ${cleared}` },
    },
    {
      name: 'a .pfx file for a server',
      input: { field: 'server', kind: 'file' },
      want: {
        cleared: true,
        error: `${t('checker:error.source.text', { name: 'pchat01.pfx', message: t('messages:input.error.pkcs12') })} ${cleared}`,
      },
    },
  ];

  it.each(refusals)('refuses $name, clears it and keeps the rest', async ({ input, want }) => {
    const { page, context } = await site.open(labels.lang);
    try {
      const { pchat, pchat2 } = site.fx.pki.leaves;
      const keyText = `${pchat.pem}\n${site.fx.pki.privateKeyPem}`;
      await pasteReference(
        page,
        labels,
        input.field === 'reference' ? keyText : site.fx.referencePem,
      );
      await fillServer(page, labels, 0, pchat2.fqdn, pchat2.pem);
      await fillServer(
        page,
        labels,
        1,
        pchat.fqdn,
        input.field === 'server' && input.kind === 'paste' ? keyText : '',
      );
      if (input.kind === 'file') {
        // A PFX with its real magic is not needed: any .pfx content is refused before use.
        await serverRow(page, 1).locator('input[type=file]').setInputFiles({
          name: 'pchat01.pfx',
          mimeType: 'application/x-pkcs12',
          buffer: pfxLike(),
        });
      }
      const field =
        input.field === 'reference'
          ? checker(page).locator('[data-cert-field="reference"]')
          : serverRow(page, 1).locator('[data-cert-field]');
      const error = field.locator('[data-field-error]');
      await expect.poll(() => error.innerText(), { timeout: 10_000 }).toBe(want.error);
      const text = field.locator('textarea');
      expect({
        cleared:
          (await text.inputValue()) === '' &&
          (await field.locator('[data-file-list] li').count()) === 0,
        error: await error.innerText(),
      }).toEqual(want);
      // Everything else is still there.
      expect(await serverRow(page, 0).getByLabel(labels.fqdn, { exact: true }).inputValue()).toBe(
        pchat2.fqdn,
      );
      expect(await serverRow(page, 0).getByLabel(labels.cert, { exact: true }).inputValue()).toBe(
        pchat2.pem,
      );
      expect(await serverRow(page, 1).getByLabel(labels.fqdn, { exact: true }).inputValue()).toBe(
        pchat.fqdn,
      );
      if (input.field === 'server') {
        expect(await checker(page).locator('#checker-reference').inputValue()).toBe(
          site.fx.referencePem,
        );
        await waitForVerdicts(page, [pchat2.fqdn]);
      }
      expect(await page.content()).not.toContain('PRIVATE KEY');
    } finally {
      await context.close();
    }
  });

  it('names unusable input at its field and still checks the other servers', async () => {
    const { page, context } = await site.open(labels.lang);
    try {
      const { pchat } = site.fx.pki.leaves;
      await pasteReference(page, labels, site.fx.referencePem);
      await fillServer(page, labels, 0, pchat.fqdn, pchat.pem);
      await fillServer(
        page,
        labels,
        1,
        'broken.contoso.com',
        '-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n',
      );
      await fillServer(page, labels, 2, '', site.fx.pki.leaves.pchat2.pem);
      await waitForVerdicts(page, [pchat.fqdn]);
      // An unusable input fails the run, as in the CLI; the usable server still gets its verdict.
      await expect.poll(() => overallVerdict(page)).toBe('fail');
      expect(await serverVerdict(page, pchat.fqdn)).toEqual({
        verdict: 'pass',
        sameCa: 'verified',
      });
      const brokenError = serverRow(page, 1).locator('[data-cert-field] [data-field-error]');
      await expect.poll(() => brokenError.innerText()).toBe(t('messages:input.error.bad-base64'));
      expect(
        await serverRow(page, 1)
          .getByLabel(labels.cert, { exact: true })
          .getAttribute('aria-invalid'),
      ).toBe('true');
      expect(
        await serverRow(page, 1).getByLabel(labels.cert, { exact: true }).inputValue(),
      ).toContain('not base64!');
      const fqdnError = serverRow(page, 2).locator('[data-fqdn-error]');
      await expect.poll(() => fqdnError.innerText()).toBe(t('messages:fqdn.missing'));
      expect(
        await serverRow(page, 2)
          .getByLabel(labels.fqdn, { exact: true })
          .getAttribute('aria-invalid'),
      ).toBe('true');
    } finally {
      await context.close();
    }
  });
});

/** Bytes shaped like a PKCS#12 file (an ASN.1 SEQUENCE with version 3). */
function pfxLike(): Buffer {
  return Buffer.from([0x30, 0x82, 0x00, 0x08, 0x02, 0x01, 0x03, 0x30, 0x03, 0x06, 0x01, 0x00]);
}
