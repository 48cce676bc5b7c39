// A certificate request pasted into a server's field: a warning row that says it is a request,
// in every locale; a damaged request fails; the request reader loads only once a request is seen.
import { describe, expect, it } from 'vitest';
import { createTestRequests } from '../support/pki/index.ts';
import {
  openPassingChecks,
  checker,
  fillServer,
  localeLabels,
  overallVerdict,
  pasteReference,
  waitForVerdicts,
} from './support/checker-page.ts';
import { useCheckerSite } from './support/checker-site.ts';

const site = useCheckerSite();
const requests = await createTestRequests();

const words = {
  en: {
    request: 'Certificate request',
    notApplicable: 'Not applicable',
    recognized: 'PEM, a certificate request for ',
  },
  de: {
    request: 'Zertifikatanforderung',
    notApplicable: 'Nicht anwendbar',
    recognized: 'PEM, eine Zertifikatanforderung für ',
  },
  it: {
    request: 'Richiesta di certificato',
    notApplicable: 'Non applicabile',
    recognized: 'PEM, una richiesta di certificato per ',
  },
} as const;

describe.each(localeLabels)('a request in a server field on /$lang/', (labels) => {
  it('is a warning row that says it is a request', async () => {
    const { page, context, errors } = await site.open(labels.lang);
    try {
      const { good } = requests;
      await pasteReference(page, labels, site.fx.referencePem);
      // What Windows tools write: the older label, CRLF line ends.
      const windowsPem = good.pem
        .replace(/CERTIFICATE REQUEST/g, 'NEW CERTIFICATE REQUEST')
        .replace(/\n/g, '\r\n');
      await fillServer(page, labels, 0, good.fqdn, windowsPem);
      await waitForVerdicts(page, [good.fqdn]);
      const result = checker(page).locator(`[data-fqdn="${good.fqdn}"]`);
      expect({
        verdict: await result.getAttribute('data-verdict'),
        sameCa: await result.getAttribute('data-same-ca'),
        inputKind: await result.getAttribute('data-input-kind'),
        overall: await overallVerdict(page),
      }).toEqual({
        verdict: 'warn',
        sameCa: 'not-applicable',
        inputKind: 'request',
        overall: 'warn',
      });
      const { request, notApplicable, recognized } = words[labels.lang];
      expect(await result.locator('[data-evidence]').textContent()).toContain(request);
      // The field said what it holds before the check: a request, and the name it asks for.
      const line = checker(page).locator('[data-server-row]').first().locator('[data-recognized]');
      expect(await line.textContent()).toBe(`${recognized}${good.fqdn}`);
      await openPassingChecks(result);
      const status = (id: string) =>
        result.locator(`[data-check-id="${id}"]`).getAttribute('data-status');
      expect(await status('same-ca')).toBe('not-applicable');
      expect(await status('validity')).toBe('not-applicable');
      expect(await status('hostname')).toBe('pass');
      expect(await status('request')).toBe('warn');
      expect(await result.locator('[data-check-id="validity"]').textContent()).toContain(
        notApplicable,
      );
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('requests on /en/', () => {
  const [labels] = localeLabels;

  it('a tampered request fails and says its signature does not verify', async () => {
    const { page, context, errors } = await site.open(labels.lang);
    try {
      const { tampered } = requests;
      await pasteReference(page, labels, site.fx.referencePem);
      await fillServer(page, labels, 0, tampered.fqdn, tampered.pem);
      await waitForVerdicts(page, [tampered.fqdn]);
      const result = checker(page).locator(`[data-fqdn="${tampered.fqdn}"]`);
      expect(await result.getAttribute('data-verdict')).toBe('fail');
      const check = result.locator('[data-check-id="request"]');
      expect(await check.getAttribute('data-status')).toBe('fail');
      expect(await check.textContent()).toContain('does not verify');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('checking certificates loads no request reader; a request loads it', async () => {
    const { page, context, errors, requests: loaded } = await site.open(labels.lang);
    try {
      const scripts = () => new Set(loaded.filter((url) => url.endsWith('.js')));
      const { pchat } = site.fx.pki.leaves;
      await pasteReference(page, labels, site.fx.referencePem);
      await fillServer(page, labels, 0, pchat.fqdn, pchat.pem);
      await waitForVerdicts(page, [pchat.fqdn]);
      const forCertificates = scripts();
      // The same server's field now gets its request instead of its certificate.
      const { good } = requests;
      await fillServer(page, labels, 0, good.fqdn, good.pem);
      await checker(page)
        .locator(`[data-fqdn="${good.fqdn}"][data-input-kind="request"]`)
        .waitFor();
      const added = [...scripts()].filter((url) => !forCertificates.has(url));
      // Vite names the chunk after the module that alone imports @peculiar/x509 (in the worker's
      // build with a hyphen before the hash).
      const reader = (url: string) => /\/request-reader[.-]/.test(url);
      expect([...forCertificates].filter(reader)).toEqual([]);
      expect(added.filter(reader)).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
