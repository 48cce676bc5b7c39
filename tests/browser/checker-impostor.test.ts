// An impostor CA that copies the reference CA's name and key identifier, through the page's own
// controls (issue 9 part 4): its certificate in the server's chain, in the reference, or in both
// settles it as a different CA; without it, key identifiers are all the page can compare.
import { describe, expect, it } from 'vitest';
import {
  checkOf,
  fillServer,
  localeLabels,
  pasteReference,
  serverVerdict,
  waitForVerdicts,
} from './support/checker-page.ts';
import { pemChain } from '../support/pki/index.ts';
import { useCheckerSite } from './support/checker-site.ts';

const site = useCheckerSite();
const english = localeLabels[0];

type Where = 'server' | 'reference' | 'both' | 'nowhere';

const cases: readonly { name: string; input: Where; want: { verdict: string; sameCa: string } }[] =
  [
    {
      name: 'impostor CA in the server chain: fail',
      input: 'server',
      want: { verdict: 'fail', sameCa: 'different' },
    },
    {
      name: 'impostor CA in the reference: fail',
      input: 'reference',
      want: { verdict: 'fail', sameCa: 'different' },
    },
    {
      name: 'impostor CA in both: fail',
      input: 'both',
      want: { verdict: 'fail', sameCa: 'different' },
    },
    {
      name: 'no CA certificate anywhere: key identifiers match',
      input: 'nowhere',
      want: { verdict: 'pass', sameCa: 'key-id' },
    },
  ];

describe('an impostor CA caught by the chain it brings, on the page', () => {
  it.each(cases)('$name', async ({ input, want }) => {
    const { page, context, errors } = await site.open(english.lang);
    try {
      const { leaves, cas } = site.fx.pki;
      const impostorCa = cas.impostorCa1SameKeyId;
      const inReference = input === 'reference' || input === 'both';
      const inServer = input === 'server' || input === 'both';
      await pasteReference(
        page,
        english,
        pemChain(leaves.frontEnd, ...(inReference ? [impostorCa] : [])),
      );
      const leaf = leaves.impostorSameKeyId;
      await fillServer(
        page,
        english,
        0,
        leaf.fqdn,
        pemChain(leaf, ...(inServer ? [impostorCa] : [])),
      );
      await waitForVerdicts(page, [leaf.fqdn]);
      expect(await serverVerdict(page, leaf.fqdn)).toEqual(want);
      const sameCa = await checkOf(page, leaf.fqdn, 'same-ca');
      const text = (await sameCa.textContent()) ?? '';
      // The failing message names the copied key identifier; the passing one names it too.
      expect(text.includes(cas.issuingCa1.keyId ?? '?')).toBe(true);
      expect(/two different keys/i.test(text)).toBe(want.verdict === 'fail');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
