// The codes issue 25 added, as people read them: a signature that cannot be verified, contradictory
// reference CA certificates and a huge RSA exponent, through the real core, in the text, Markdown
// and JSON reports of every language.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cliTranslator } from '../../../src/cli/translator.ts';
import { languages, type Language } from '../../../src/i18n/languages.ts';
import { checkCertificates, type CheckReport } from '../../../src/lib/cert/index.ts';
import { renderMarkdown, renderText, toJson } from '../../../src/lib/report/index.ts';
import { costlyCa, exponentOf, rsaSpki } from '../../support/hostile/costly-keys.ts';
import { algorithmLabelled, anyLeaf, caPair } from '../../support/pki/impostor-pki.ts';
import { createTestPki, pemChain, utf8 } from '../../support/pki/index.ts';

const { cas, now } = await createTestPki();
const { genuine } = await caPair('rsa');
const md5Leaf = await anyLeaf(
  'pchat01.contoso.com',
  genuine,
  genuine.keys,
  algorithmLabelled('md5WithRSAEncryption'),
);
const hugeServer = await costlyCa(
  [{ CN: ['pchat02.contoso.com'] }],
  rsaSpki(2048, exponentOf(3000)),
);
// Run inside each test, not at load: `npm run mutate` then knows which tests reach which code.
const check = (): Promise<CheckReport> =>
  checkCertificates({
    references: [utf8(genuine.pem), utf8(pemChain(cas.issuingCa1, cas.impostorCa1SameKeyId))],
    servers: [
      { fqdn: 'pchat01.contoso.com', input: utf8(md5Leaf.pem) },
      { fqdn: 'pchat02.contoso.com', input: hugeServer.der },
    ],
    at: now,
  });
const thumbprints = [cas.issuingCa1, cas.impostorCa1SameKeyId].map((c) =>
  createHash('sha256').update(c.der).digest('hex'),
);

/** Words each language must show for the three codes. */
const words: Readonly<Record<Language, readonly string[]>> = {
  en: ['signature cannot be verified', 'SHA-256 thumbprint', 'public exponent of 3000'],
  de: ['Signatur nicht überprüfbar', 'SHA-256-Fingerabdruck', 'Exponenten mit 3000\u00a0Bit'],
  it: [
    'firma non verificabile',
    'identificazione personale SHA-256',
    'esponente pubblico di 3000\u00a0bit',
  ],
};

/** Every report of a language, its lines joined so that wrapping cannot split what is sought. */
function reports(report: CheckReport, lang: Language): Record<string, string> {
  const t = cliTranslator(lang);
  const flat = (text: string): string => text.replace(/[ \n]+/g, ' ');
  return {
    text: flat(renderText(report, { t, lang })),
    markdown: flat(renderMarkdown(report, { t, lang })),
    json: JSON.stringify(toJson(report, t, { lang })),
  };
}

/** What a report must show: the words of the language (JSON carries the code, not the label). */
function sought(lang: Language, format: string): string[] {
  const [label = '', ...messages] = words[lang];
  const sameCa = format === 'json' ? ['"sameCa":"unverifiable"'] : [label];
  return [...sameCa, ...messages, 'md5WithRSAEncryption', ...thumbprints];
}

describe('issue 25 codes read in every language and report', () => {
  const rows = languages.flatMap((lang) =>
    ['text', 'markdown', 'json'].map((format) => ({
      name: `${lang} ${format}`,
      input: { lang, format },
      want: sought(lang, format).map((w) => [w, true]),
    })),
  );
  for (const { name, input, want } of rows)
    it(name, async () => {
      const output = reports(await check(), input.lang)[input.format] ?? '';
      expect(sought(input.lang, input.format).map((w) => [w, output.includes(w)])).toEqual(want);
    });

  it('the core gave the three codes', async () => {
    const report = await check();
    expect([report.servers.map((s) => s.sameCa), report.failures.map((f) => f.error.code)]).toEqual(
      [['unverifiable'], ['conflicting-references', 'rsa-exponent-too-large']],
    );
  });
});
