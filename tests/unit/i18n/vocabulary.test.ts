// One vocabulary: a concept has one key and one string per language, whichever front end shows it.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/create-translator.ts';
import { resources } from '../../../src/i18n/resources.ts';
import { checkLabel, statusLabel } from '../../../src/lib/report/index.ts';

// Deliberate cases: the same English words for two different things.
const allowed: readonly (readonly string[])[] = [
  // A certificate field's label in the details, and the name of the check that judges that field.
  ['checker:details.signature.label', 'checker:check.signature-algorithm.name'],
  // The page's one-line evidence per same-CA outcome; for a verified signature, the core's
  // message already is that one line (the other outcomes' messages are longer than the evidence).
  ['checker:evidence.verified.text', 'messages:check.same-ca.verified'],
  // The site's link to Microsoft's source document, and the CLI's label for where an input came
  // from (a file, standard input, a TLS server): both are "Source" in English only.
  ['site:source.title', 'report:report.label.source'],
  // The heading over a request's details, and the name of the check that judges the request.
  ['checker:details.request.title', 'checker:check.request.name'],
  // "Copy link" beside a checklist item (a link to that item) and under the checker (a link to
  // its rows and date): each names what it copies by where it stands.
  ['site:checklist.copy-link.label', 'form:actions.link.button'],
];

function duplicatedEnglish(): string[][] {
  const keysByText = new Map<string, string[]>();
  for (const [ns, strings] of Object.entries(resources.en)) {
    for (const [key, text] of Object.entries(strings)) {
      const norm = text.trim().toLocaleLowerCase('en');
      keysByText.set(norm, [...(keysByText.get(norm) ?? []), `${ns}:${key}`]);
    }
  }
  return [...keysByText.values()].filter((keys) => keys.length > 1);
}

describe('one vocabulary', () => {
  it('no two keys hold the same English text (ignoring case), except the allowlist', () => {
    const unexpected = duplicatedEnglish().filter(
      (keys) =>
        !allowed.some((pair) => pair.length === keys.length && pair.every((k) => keys.includes(k))),
    );
    expect(unexpected).toEqual([]);
  });

  it('every allowlisted pair still exists and still holds one text', () => {
    const duplicates = duplicatedEnglish().map((keys) => [...keys].sort().join(' '));
    for (const pair of allowed) expect(duplicates).toContain([...pair].sort().join(' '));
  });

  // What a reader sees, in each language: the report's words are the page's words. (These rows
  // used to compare a key's text with itself, the page and the report reading the same key.)
  const words = [
    { name: 'en', input: 'en', want: ['PASS', 'WARNING', 'FAIL', 'NOT APPLICABLE'] },
    {
      name: 'de',
      input: 'de',
      want: ['BESTANDEN', 'WARNUNG', 'NICHT BESTANDEN', 'NICHT ANWENDBAR'],
    },
    { name: 'it', input: 'it', want: ['SUPERATO', 'AVVISO', 'NON SUPERATO', 'NON APPLICABILE'] },
  ] as const;
  it.each(words)('the verdict words in capitals: $name', ({ input, want }) => {
    const t = createTranslator(input);
    const statuses = ['pass', 'warn', 'fail', 'not-applicable'] as const;
    expect(statuses.map((status) => statusLabel(status, t, input))).toEqual(want);
  });

  const names = [
    {
      name: 'en',
      input: 'en',
      want: ['Same CA', 'Server FQDN in the certificate', 'Server FQDN in the request'],
    },
    {
      name: 'de',
      input: 'de',
      want: ['Dieselbe ZS', 'Server-FQDN im Zertifikat', 'Server-FQDN in der Anforderung'],
    },
    {
      name: 'it',
      input: 'it',
      want: ['Stessa CA', 'FQDN del server nel certificato', 'FQDN del server nella richiesta'],
    },
  ] as const;
  it.each(names)('check names; a request names the request: $name', ({ input, want }) => {
    const t = createTranslator(input);
    expect([
      checkLabel('same-ca', t, 'request'),
      checkLabel('hostname', t),
      checkLabel('hostname', t, 'request'),
    ]).toEqual(want);
  });
});
