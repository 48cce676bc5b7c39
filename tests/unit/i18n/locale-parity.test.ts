import { describe, expect, it } from 'vitest';
import { languages, type Language } from '../../../src/i18n/languages.ts';
import { resources, type Namespace } from '../../../src/i18n/resources.ts';

const namespaces = Object.keys(resources.en) as Namespace[];
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)\s*(,\s*\w+\s*)?\}\}/g)]
    .map((m) => `${m[1] ?? ''}${m[2] === undefined ? '' : `, ${m[2].replace(/[\s,]/g, '')}`}`)
    .sort();

// A singular form may say "the only certificate" instead of "1 certificate": the count is
// required in the `_other` form only, and each form names what it needs as often as it needs.
const withoutCount = (text: string): string[] => [
  ...new Set(placeholders(text).filter((name) => !name.startsWith('count'))),
];

// i18next's plural keys end in `_<category>`; each language needs exactly its own categories
// (Italian has `many`, for "1 milione di …", which English and German do not).
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const categories = (lang: Language): string[] =>
  [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();

/** Keys as callers write them, each with the plural categories the file gives it (or none). */
function calledKeys(strings: Readonly<Record<string, string>>): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const key of Object.keys(strings)) {
    const match = pluralSuffix.exec(key);
    const base = match === null ? key : key.slice(0, match.index);
    keys.set(base, [...(keys.get(base) ?? []), ...(match === null ? [] : [match[1] ?? ''])]);
  }
  for (const forms of keys.values()) forms.sort();
  return keys;
}

const rows = languages
  .filter((lang) => lang !== 'en')
  .flatMap((lang) => namespaces.map((ns) => ({ name: `${lang}/${ns}`, lang, ns })));

describe('every language has the keys and placeholders English defines', () => {
  it.each(rows)('$name', ({ lang, ns }) => {
    const english = calledKeys(resources.en[ns]);
    const other = calledKeys(resources[lang][ns]);
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    const englishText = resources.en[ns];
    const otherText = resources[lang][ns];
    for (const [key, forms] of english) {
      const englishPlaceholders = withoutCount(
        englishText[forms.length > 0 ? `${key}_other` : key] ?? '',
      );
      for (const form of forms.length > 0 ? categories(lang).map((c) => `_${c}`) : ['']) {
        const text = otherText[`${key}${form}`] ?? '';
        expect({ key: `${key}${form}`, placeholders: withoutCount(text) }).toEqual({
          key: `${key}${form}`,
          placeholders: englishPlaceholders,
        });
        expect({ key: `${key}${form}`, empty: text.trim() === '' }).toEqual({
          key: `${key}${form}`,
          empty: false,
        });
      }
    }
  });

  it.each(
    languages.flatMap((lang) => namespaces.map((ns) => ({ name: `${lang}/${ns}`, lang, ns }))),
  )(
    'plural keys in $name have exactly the language’s plural forms, the count formatted',
    ({ lang, ns }) => {
      for (const [key, forms] of calledKeys(resources[lang][ns])) {
        if (forms.length === 0) continue;
        expect({ key, forms }).toEqual({ key, forms: categories(lang) });
        const other = resources[lang][ns][`${key}_other`] ?? '';
        expect({ key, count: placeholders(other).includes('count, number') }).toEqual({
          key,
          count: true,
        });
      }
    },
  );

  it.each(namespaces.map((ns) => ({ name: ns, ns })))('keys are flat in $name', ({ ns }) => {
    for (const [key, value] of Object.entries(resources.en[ns])) {
      expect({ key, type: typeof value }).toEqual({ key, type: 'string' });
      expect(key).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+(_[a-z]+)?$/i);
    }
  });
});
