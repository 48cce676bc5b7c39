// Same-CA verdicts through the page, in every locale: pasted PEM in, contract attributes out.
import { describe, expect, it } from 'vitest';
import { cliTranslator } from '../../src/cli/translator.ts';
import {
  checkOf,
  checker,
  fillServer,
  localeLabels,
  overallVerdict,
  pasteReference,
  serverVerdict,
  waitForVerdicts,
} from './support/checker-page.ts';
import type { CheckerFixtures } from './support/checker-fixtures.ts';
import { useCheckerSite } from './support/checker-site.ts';

const site = useCheckerSite();

type LeafName = keyof CheckerFixtures['pki']['leaves'];

const cases: readonly {
  name: string;
  input: { reference: 'chain' | 'leaf-only'; leaves: readonly LeafName[] };
  want: { overall: string; servers: readonly { verdict: string; sameCa: string }[] };
}[] = [
  {
    name: 'same CA, signature verified: pass',
    input: { reference: 'chain', leaves: ['pchat', 'pchat2'] },
    want: {
      overall: 'pass',
      servers: [
        { verdict: 'pass', sameCa: 'verified' },
        { verdict: 'pass', sameCa: 'verified' },
      ],
    },
  },
  {
    name: 'renewed CA key: warn',
    input: { reference: 'chain', leaves: ['pchat', 'renewedCa1'] },
    want: {
      overall: 'warn',
      servers: [
        { verdict: 'pass', sameCa: 'verified' },
        { verdict: 'warn', sameCa: 'renewed-key' },
      ],
    },
  },
  {
    name: 'name only, no key identifier and no CA certificate: warn',
    input: { reference: 'leaf-only', leaves: ['noAki'] },
    want: { overall: 'warn', servers: [{ verdict: 'warn', sameCa: 'name-only' }] },
  },
  {
    name: 'another issuing CA under the same root: fail',
    input: { reference: 'chain', leaves: ['pchat', 'ca2'] },
    want: {
      overall: 'fail',
      servers: [
        { verdict: 'pass', sameCa: 'verified' },
        { verdict: 'fail', sameCa: 'different' },
      ],
    },
  },
];

describe.each(localeLabels)('checker verdicts on /$lang/', (labels) => {
  it.each(cases)('$name', async ({ input, want }) => {
    const { page, context, errors } = await site.open(labels.lang);
    try {
      const reference =
        input.reference === 'chain' ? site.fx.referencePem : site.fx.pki.leaves.frontEnd.pem;
      await pasteReference(page, labels, reference);
      const leaves = input.leaves.map((name) => site.fx.pki.leaves[name]);
      for (const [index, leaf] of leaves.entries()) {
        await fillServer(page, labels, index, leaf.fqdn, leaf.pem);
      }
      await waitForVerdicts(
        page,
        leaves.map((leaf) => leaf.fqdn),
      );
      const got = [];
      for (const leaf of leaves) got.push(await serverVerdict(page, leaf.fqdn));
      expect({ overall: await overallVerdict(page), servers: got }).toEqual(want);
      // The same-CA checklist item shows the checker's result for every server.
      const item = page.locator('[data-check-result="same-ca"]').first();
      await expect.poll(() => item.isVisible()).toBe(true);
      const text = await item.textContent();
      for (const leaf of leaves) expect(text).toContain(leaf.fqdn);
      // Results are told in words, not only by colour.
      const summary = await checker(page).locator('[data-checker-summary]').innerText();
      const count = (verdict: string) => want.servers.filter((s) => s.verdict === verdict).length;
      expect(summary).toContain(
        cliTranslator(labels.lang)('checker:summary.result.text', {
          total: want.servers.length,
          pass: count('pass'),
          warn: count('warn'),
          fail: count('fail'),
        }),
      );
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

// Core messages go through the report renderer: instants read as dates in the page's language.
const dateCases: readonly { name: string; input: { lang: string }; want: RegExp }[] = [
  { name: 'en', input: { lang: 'en' }, want: /Valid until Jan 1, 2027, 12:00\sAM UTC \(/ },
  { name: 'de', input: { lang: 'de' }, want: /Gültig bis 1\. Jan\. 2027, 00:00 UTC \(noch / },
  // Italian puts no preposition before a date (not "al 1 gen"): "Data di scadenza: …".
  { name: 'it', input: { lang: 'it' }, want: /Data di scadenza: 1 gen 2027, 00:00 UTC \(mancano / },
];

describe('checker messages with dates', () => {
  it.each(dateCases)('the validity message on /$name/ shows a localized date', async (row) => {
    const labels = localeLabels.find((locale) => locale.lang === row.input.lang);
    if (labels === undefined) throw new Error(`no labels for ${row.input.lang}`);
    const { page, context, errors } = await site.open(labels.lang);
    try {
      const { pchat } = site.fx.pki.leaves;
      await pasteReference(page, labels, site.fx.referencePem);
      await fillServer(page, labels, 0, pchat.fqdn, pchat.pem);
      await waitForVerdicts(page, [pchat.fqdn]);
      const validity = await checkOf(page, pchat.fqdn, 'validity');
      const text = (await validity.textContent()) ?? '';
      expect(text).toMatch(row.want);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
