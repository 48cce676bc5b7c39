// Issue 25 on the page, in Chromium's WebCrypto (which has no SHA-224): the genuine CA's SHA-224
// signature is verified in the worker's own code, an impostor signing with SHA-224 never passes,
// and a signature nothing can verify shows the "cannot be verified" evidence in every language.
import { describe, expect, it } from 'vitest';
import {
  checkOf,
  checker,
  fillServer,
  localeLabels,
  pasteReference,
  serverVerdict,
  waitForVerdicts,
} from './support/checker-page.ts';
import { useCheckerSite } from './support/checker-site.ts';
import { algorithmLabelled, anyLeaf, caPair } from '../support/pki/impostor-pki.ts';

const site = useCheckerSite();
const fqdn = 'pchat01.contoso.com';
const rsa = await caPair('rsa');
const p256 = await caPair('p256');
const sha224 = algorithmLabelled('sha224WithRSAEncryption');
const ecdsaSha224 = algorithmLabelled('ecdsa-with-SHA224 on P-256');

/** What the overview says of a signature that cannot be verified, per language. */
const unverifiableShort: Readonly<Record<string, string>> = {
  en: 'same CA name and key identifier, signature not verifiable',
  de: 'gleicher ZS-Name und gleiche Schlüsselkennung, Signatur nicht überprüfbar',
  it: 'stesso nome e identificatore chiave della CA, firma non verificabile',
};

const english = localeLabels[0];

describe('issue 25 fault 1 on the page', () => {
  const sha224Rows = [
    {
      name: 'issue 25 fault 1: the genuine CA signing with SHA-224 is verified in the worker',
      input: 'genuine',
      want: { verdict: 'pass', sameCa: 'verified' },
    },
    {
      name: 'issue 25 fault 1: an impostor signing with SHA-224 does not pass',
      input: 'impostor',
      want: { verdict: 'warn', sameCa: 'renewed-key' },
    },
  ];
  for (const { name, input, want } of sha224Rows)
    it(name, async () => {
      const { page, context, errors } = await site.open(english.lang);
      try {
        const signer = input === 'genuine' ? rsa.genuine : rsa.impostor;
        const leaf = await anyLeaf(fqdn, rsa.genuine, signer.keys, sha224);
        await pasteReference(page, english, rsa.genuine.pem);
        await fillServer(page, english, 0, fqdn, leaf.pem);
        await waitForVerdicts(page, [fqdn]);
        expect([await serverVerdict(page, fqdn), errors]).toEqual([want, []]);
      } finally {
        await context.close();
      }
    });

  for (const labels of localeLabels)
    it(`issue 25 fault 1: a signature that cannot be verified is said (${labels.lang})`, async () => {
      const { page, context, errors } = await site.open(labels.lang);
      try {
        const leaf = await anyLeaf(fqdn, p256.genuine, p256.genuine.keys, ecdsaSha224);
        await pasteReference(page, labels, p256.genuine.pem);
        await fillServer(page, labels, 0, fqdn, leaf.pem);
        await waitForVerdicts(page, [fqdn]);
        const overview = checker(page).locator('.overview-evidence').first();
        const message = (await (await checkOf(page, fqdn, 'same-ca')).textContent()) ?? '';
        expect([
          await serverVerdict(page, fqdn),
          await overview.textContent(),
          message.includes('ecdsa-with-SHA224'),
          errors,
        ]).toEqual([
          { verdict: 'warn', sameCa: 'unverifiable' },
          unverifiableShort[labels.lang],
          true,
          [],
        ]);
      } finally {
        await context.close();
      }
    });
});
