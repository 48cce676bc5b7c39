// The snippet's output, read and checked: a server's several labelled certificates are checked one
// by one, the server's verdict is the worst, and every report names the failing certificate by
// its label words.
import { describe, expect, it } from 'vitest';
import {
  checkCertificates,
  type CheckReport,
  type CheckRequest,
} from '../../../src/lib/cert/index.ts';
// The reader itself: front ends load it with the first bundle (readBundleLater).
import { readBundle } from '../../../src/lib/cert/bundle/read-bundle.ts';
import { renderMarkdown, renderText, toJson } from '../../../src/lib/report/index.ts';
import { createTranslator } from '../../../src/i18n/create-translator.ts';
import {
  createTestPki,
  snippetOutput,
  snippetPem,
  utf8,
  windowsUtf16,
} from '../../support/pki/index.ts';

const pki = await createTestPki();
const { frontEnd, pchat, ca2 } = pki.leaves;
const { issuingCa1 } = pki.cas;

/** The check request a front end makes of a bundle: the reference and every labelled server. */
function requestOf(bytes: Uint8Array): CheckRequest {
  const read = readBundle(bytes);
  if (!read.ok) throw new Error(read.error.code);
  return {
    references: read.entries.flatMap((e) => (e.kind === 'reference' ? [utf8(e.text)] : [])),
    servers: read.entries.flatMap((e) =>
      e.kind === 'server' ? [{ fqdn: e.fqdn, label: e.label, input: utf8(e.text) }] : [],
    ),
    at: pki.now,
  };
}

/** Each server: FQDN, verdict, label, and its certificates' labels and verdicts. */
const servers = (report: CheckReport): unknown =>
  report.servers.map((s) => ({
    fqdn: s.fqdn,
    verdict: s.verdict,
    label: s.label,
    certificates: s.certificates?.map((c) => [c.label, c.verdict]),
  }));

// The Front End's WebServicesInternal certificate comes from another CA (and names another host).
const failingBundle = windowsUtf16(
  [
    ...snippetPem('# fe01.contoso.com FrontEnd Default', frontEnd),
    ...snippetPem('# reference', issuingCa1),
    ...snippetPem('# fe01.contoso.com FrontEnd WebServicesInternal', ca2),
    ...snippetPem('# pchat01.contoso.com PersistentChat Default', pchat),
    '',
  ].join('\n'),
);

describe('labelled certificates of one server', () => {
  it.each([
    {
      name: 'the snippet output as Windows saves it: every server passes',
      input: windowsUtf16(snippetOutput(pki)),
      want: {
        verdict: 'pass',
        servers: [
          {
            fqdn: 'fe01.contoso.com',
            verdict: 'pass',
            label: 'FrontEnd Default',
            certificates: [
              ['FrontEnd Default', 'pass'],
              ['FrontEnd WebServicesInternal', 'pass'],
            ],
          },
          {
            fqdn: 'pchat01.contoso.com',
            verdict: 'pass',
            label: 'PersistentChat Default',
            certificates: undefined,
          },
        ],
      },
    },
    {
      name: 'one failing certificate fails its server, which reports it',
      input: failingBundle,
      want: {
        verdict: 'fail',
        servers: [
          {
            fqdn: 'fe01.contoso.com',
            verdict: 'fail',
            label: 'FrontEnd WebServicesInternal',
            certificates: [
              ['FrontEnd Default', 'pass'],
              ['FrontEnd WebServicesInternal', 'fail'],
            ],
          },
          {
            fqdn: 'pchat01.contoso.com',
            verdict: 'pass',
            label: 'PersistentChat Default',
            certificates: undefined,
          },
        ],
      },
    },
  ])('$name', async ({ input, want }) => {
    const report = await checkCertificates(requestOf(input));
    expect({ verdict: report.verdict, servers: servers(report) }).toEqual(want);
  });
});

// Checked inside each test, not at load: `npm run mutate` then knows which tests reach which code.
describe('every report names the failing certificate by its label', () => {
  const failing = () => checkCertificates(requestOf(failingBundle));
  const t = createTranslator('en');

  it('text', async () => {
    const report = await failing();
    const text = renderText(report, { t, lang: 'en' });
    expect(text).toContain(
      '[FAIL] fe01.contoso.com\n  This server has 2 certificates, each checked on its own; its result is that of\n  the worst: FrontEnd WebServicesInternal.',
    );
    expect(text).toContain('[FAIL] fe01.contoso.com (FrontEnd WebServicesInternal)');
    expect(text).toContain('[PASS] fe01.contoso.com (FrontEnd Default)');
    expect(text).toContain('[PASS] pchat01.contoso.com (PersistentChat Default)');
  });

  it('Markdown', async () => {
    const report = await failing();
    const markdown = renderMarkdown(report, { t, lang: 'en' });
    expect(markdown).toContain('| fe01.contoso.com (FrontEnd WebServicesInternal) | ❌ FAIL |');
    expect(markdown).toContain('#### fe01.contoso.com (FrontEnd WebServicesInternal): ❌ FAIL');
    expect(markdown).toContain('### pchat01.contoso.com (PersistentChat Default): ✅ PASS');
  });

  it('JSON: the server is its worst certificate, and lists each', async () => {
    const report = await failing();
    const json = toJson(report, t, { lang: 'en' });
    const [fe01] = json.servers;
    expect({
      fqdn: fe01?.fqdn,
      verdict: fe01?.verdict,
      label: fe01?.label,
      subject: fe01?.certificate?.subject,
      certificates: fe01?.certificates?.map((c) => [c.label, c.verdict, c.sameCa]),
    }).toEqual({
      fqdn: 'fe01.contoso.com',
      verdict: 'fail',
      label: 'FrontEnd WebServicesInternal',
      subject: 'CN=pchat04.contoso.com, O=Contoso, C=DE',
      certificates: [
        ['FrontEnd Default', 'pass', 'verified'],
        ['FrontEnd WebServicesInternal', 'fail', 'different'],
      ],
    });
  });

  it('German and Italian name it too', async () => {
    const report = await failing();
    expect(renderText(report, { t: createTranslator('de'), lang: 'de' })).toContain(
      'Dieser Server hat 2 Zertifikate, die einzeln geprüft werden; sein Ergebnis ist',
    );
    expect(renderText(report, { t: createTranslator('it'), lang: 'it' })).toContain(
      'Questo server ha 2 certificati, ciascuno verificato singolarmente; il suo',
    );
  });
});
