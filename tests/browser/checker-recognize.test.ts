// Inputs that show what they hold (issue 10): each field says what it recognized before any
// check; several server certificates dropped on the server list fill the rows by their names.
import { describe, expect, it } from 'vitest';
import { cliTranslator } from '../../src/cli/translator.ts';
import type { Page } from 'playwright-core';
import {
  checker,
  localeLabels,
  pasteReference,
  serverRow,
  waitForVerdicts,
} from './support/checker-page.ts';
import { useCheckerSite } from './support/checker-site.ts';

const site = useCheckerSite();

/** Dispatches a drop of `files` onto `selector` inside the checker. */
async function drop(
  page: Page,
  selector: string,
  files: readonly { name: string; bytes: Uint8Array }[],
): Promise<void> {
  const transfer = await page.evaluateHandle(
    (list) => {
      const data = new DataTransfer();
      for (const file of list) data.items.add(new File([new Uint8Array(file.bytes)], file.name));
      return data;
    },
    files.map((file) => ({ name: file.name, bytes: [...file.bytes] })),
  );
  const target = checker(page).locator(selector);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await target.dispatchEvent(type, { dataTransfer: transfer });
  }
}

describe.each(localeLabels)('recognized inputs on /$lang/', (labels) => {
  const t = cliTranslator(labels.lang);
  const chain = 'fe01.contoso.com, Contoso Issuing CA 1, Contoso Root CA';
  const recognized = (format: 'pem' | 'der' | 'pkcs7', count: number, names: string) =>
    t('checker:recognized.text', { format: t(`checker:format.${format}.name`), count, names });
  const fromFile = (name: string, message: string) =>
    t('checker:error.source.text', { name, message });
  // The whole line as a person reads it: format, count and names, or why the input was refused.
  const cases: readonly {
    name: string;
    input: (fx: typeof site.fx) => { text?: string; file?: { name: string; bytes: Uint8Array } };
    want: { line: string; error: boolean };
  }[] = [
    {
      name: 'a PEM chain: format, count and every name',
      input: (fx) => ({ text: fx.referencePem }),
      want: { line: recognized('pem', 3, chain), error: false },
    },
    {
      name: 'a DER file',
      input: (fx) => ({ file: { name: 'fe01.cer', bytes: fx.pki.leaves.frontEnd.der } }),
      want: { line: fromFile('fe01.cer', recognized('der', 1, 'fe01.contoso.com')), error: false },
    },
    {
      name: 'a .p7b bundle',
      input: (fx) => ({ file: { name: 'chain.p7b', bytes: fx.referenceP7b } }),
      want: { line: fromFile('chain.p7b', recognized('pkcs7', 3, chain)), error: false },
    },
    {
      name: 'garbage',
      input: () => ({ text: 'hello, world' }),
      want: { line: t('messages:input.error.no-certificate'), error: true },
    },
    {
      name: 'a private key',
      input: (fx) => ({ text: fx.pki.privateKeyPem }),
      want: {
        line: `${t('messages:input.error.private-key')} ${t('checker:error.cleared.text')}`,
        error: true,
      },
    },
  ];

  it.each(cases)('says what $name holds before any check', async ({ input, want }) => {
    const { page, context, errors } = await site.open(labels.lang);
    try {
      const given = input(site.fx);
      if (given.text !== undefined) await pasteReference(page, labels, given.text);
      if (given.file !== undefined) {
        await checker(page)
          .locator('#checker-reference-files')
          .setInputFiles({
            name: given.file.name,
            mimeType: 'application/octet-stream',
            buffer: Buffer.from(given.file.bytes),
          });
      }
      const field = checker(page).locator('[data-cert-field="reference"]');
      const line = field.locator(want.error ? '[data-field-error]' : '[data-recognized]');
      await expect.poll(() => line.innerText()).toBe(want.line);
      // No server yet: nothing was checked, the recognized line came first.
      expect(await checker(page).locator('[data-server-result]').count()).toBe(0);
      expect(await page.content()).not.toContain('PRIVATE KEY');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('fills rows from three dropped server certificates by their names, keeping a prefilled row', async () => {
    const { pchat, pchat2, ecIssued } = site.fx.pki.leaves;
    const { page, context, errors } = await site.open(labels.lang, {
      query: `?server=${pchat2.fqdn}`,
    });
    try {
      await page.locator('#checker[data-checker-ready]').waitFor();
      await pasteReference(page, labels, site.fx.referencePem);
      await drop(page, '[data-cert-field="bulk"] [data-drop-zone]', [
        { name: 'a.cer', bytes: pchat.der },
        { name: 'b.cer', bytes: pchat2.der },
        { name: 'c.cer', bytes: ecIssued.der },
      ]);
      await waitForVerdicts(page, [pchat.fqdn, pchat2.fqdn, ecIssued.fqdn]);
      const rows = await checker(page)
        .locator('[data-server-row]')
        .evaluateAll((all) =>
          all.map((row) => ({
            fqdn: row.querySelector<HTMLInputElement>('[data-fqdn-input]')?.value,
            fromCertificate: (row.querySelector('[data-fqdn-note]')?.textContent ?? '') !== '',
            recognized: row.querySelector<HTMLElement>('[data-recognized]')?.innerText ?? '',
          })),
        );
      // Each row gets its certificate as a PEM file named for its FQDN, whatever was dropped.
      expect(rows).toEqual([
        {
          fqdn: pchat2.fqdn,
          fromCertificate: false,
          recognized: fromFile(`${pchat2.fqdn}.pem`, recognized('pem', 1, pchat2.fqdn)),
        },
        {
          fqdn: pchat.fqdn,
          fromCertificate: true,
          recognized: fromFile(`${pchat.fqdn}.pem`, recognized('pem', 1, pchat.fqdn)),
        },
        {
          fqdn: ecIssued.fqdn,
          fromCertificate: true,
          recognized: fromFile(`${ecIssued.fqdn}.pem`, recognized('pem', 1, ecIssued.fqdn)),
        },
      ]);
      expect(await serverRow(page, 0).getByLabel(labels.fqdn, { exact: true }).inputValue()).toBe(
        pchat2.fqdn,
      );
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
