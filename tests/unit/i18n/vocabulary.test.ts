// One vocabulary: a concept has one key and one string per language, whichever front end shows it.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/create-translator.ts';
import { languages } from '../../../src/i18n/languages.ts';
import { resources } from '../../../src/i18n/resources.ts';
import { checkIds, type Status } from '../../../src/lib/cert/types.ts';
import { checkLabel, statusLabel } from '../../../src/lib/report/index.ts';
import { createTranslate } from '../../../src/scripts/checker/page/translate.ts';

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
  ['site:checklist.copy-link.label', 'checker:actions.link.button'],
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

  const rows = languages.flatMap((lang) =>
    checkIds.map((id) => ({ name: `${lang} ${id}`, lang, id })),
  );
  it.each(rows)('the page and the report name a check alike: $name', ({ lang, id }) => {
    const page = createTranslate(lang, resources[lang]);
    const report = createTranslator(lang);
    expect(checkLabel(id, report)).toBe(page(`check.${id}.name`));
    expect(checkLabel(id, page)).toBe(page(`check.${id}.name`));
  });

  const statuses: readonly Status[] = ['pass', 'warn', 'fail'];
  const words = languages.flatMap((lang) =>
    statuses.map((status) => ({ name: `${lang} ${status}`, lang, status })),
  );
  it.each(words)('the report says the page verdict word: $name', ({ lang, status }) => {
    const page = createTranslate(lang, resources[lang]);
    const word = page(`verdict.${status}.word`);
    expect(statusLabel(status, createTranslator(lang), lang)).toBe(word.toLocaleUpperCase(lang));
  });
});
