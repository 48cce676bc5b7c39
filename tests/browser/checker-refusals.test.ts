// A server certificate Windows would refuse fails on the page as in the CLI (issue 14): an unknown
// critical extension fails the `extensions` check, which names the OID, in every locale.
import { describe, expect, it } from 'vitest';
import {
  checker,
  fillServer,
  localeLabels,
  overallVerdict,
  pasteReference,
  serverVerdict,
  waitForVerdicts,
} from './support/checker-page.ts';
import { useCheckerSite } from './support/checker-site.ts';
import { unknownExtensionOid } from '../support/pki/index.ts';

const site = useCheckerSite();

const checkNames = { en: 'Extensions', de: 'Erweiterungen', it: 'Estensioni' } as const;

describe.each(localeLabels)('unknown critical extension on /$lang/', (labels) => {
  it('fails the server and names the OID', async () => {
    const { page, context, errors } = await site.open(labels.lang);
    try {
      const leaf = site.fx.pki.leaves.unknownCritical;
      await pasteReference(page, labels, site.fx.referencePem);
      await fillServer(page, labels, 0, leaf.fqdn, leaf.pem);
      await waitForVerdicts(page, [leaf.fqdn]);
      expect(await serverVerdict(page, leaf.fqdn)).toEqual({ verdict: 'fail', sameCa: 'verified' });
      expect(await overallVerdict(page)).toBe('fail');
      const check = checker(page).locator(
        `[data-fqdn="${leaf.fqdn}"] [data-check-id="extensions"]`,
      );
      const text = (await check.textContent()) ?? '';
      expect(text).toContain(checkNames[labels.lang]);
      expect(text).toContain(unknownExtensionOid);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
