// Every language says what English says, key for key: the same keys, the same placeholders, the
// language's own plural forms, and the same text from the page's translator as from i18next.
// One test per language and question; a failure lists every key that differs.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/create-translator.ts';
import { languages, type Language } from '../../../src/i18n/languages.ts';
import { resources, type Namespace } from '../../../src/i18n/resources.ts';
import { translateStrings } from '../../../src/i18n/translate-strings.ts';

const namespaces = Object.keys(resources.en) as Namespace[];
const placeholderPattern = /\{\{\s*([\w.]+)\s*(,\s*\w+\s*)?\}\}/g;
const placeholders = (text: string): string[] =>
  [...text.matchAll(placeholderPattern)]
    .map((m) => `${m[1] ?? ''}${m[2] === undefined ? '' : `, ${m[2].replace(/[\s,]/g, '')}`}`)
    .sort();

// A singular form may say "the only certificate" instead of "1 certificate", and a zero form
// "within a day": the count is required in the `_other` form only, and each form names what it
// needs as often as it needs.
const withoutCount = (text: string): string[] => [
  ...new Set(placeholders(text).filter((name) => !name.startsWith('count'))),
];

// i18next's plural keys end in `_<category>`; each language needs exactly its own categories
// (Italian has `many`, for "1 milione di …", which English and German do not). `_zero` is
// i18next's own case for a count of 0 in any language: where English has it, every language has.
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const categories = (lang: Language): string[] =>
  [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();

/** Keys as callers write them, each with the plural forms the file gives it (or none). */
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

/** Every key of every namespace, prefixed, with its plural forms in `lang`. */
function allKeys(lang: Language): Map<string, string[]> {
  return new Map(
    namespaces.flatMap((ns) =>
      [...calledKeys(resources[lang][ns])].map(([key, forms]) => [`${ns}:${key}`, forms] as const),
    ),
  );
}

/** The stored text of a prefixed key's form (`''` for a key without plural forms). */
const text = (lang: Language, key: string, form: string): string => {
  const [ns = '', name = ''] = key.split(':');
  return resources[lang][ns as Namespace][form === '' ? name : `${name}_${form}`] ?? '';
};

const english = allKeys('en');
const translations = languages.filter((lang) => lang !== 'en');

describe.each(translations.map((lang) => ({ lang })))(
  '$lang says what English says',
  ({ lang }) => {
    const own = allKeys(lang);

    it('has the same keys', () => {
      const missing = [...english.keys()].filter((key) => !own.has(key));
      const extra = [...own.keys()].filter((key) => !english.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it('fills the same placeholders in every form, and leaves no form empty', () => {
      const differing: string[] = [];
      for (const [key, forms] of english) {
        const want = withoutCount(text('en', key, forms.length > 0 ? 'other' : ''));
        for (const form of own.get(key) ?? []) {
          if (withoutCount(text(lang, key, form)).join() !== want.join())
            differing.push(`${key}_${form}`);
        }
        if (forms.length === 0 && withoutCount(text(lang, key, '')).join() !== want.join())
          differing.push(key);
      }
      const empty = [...own].flatMap(([key, forms]) =>
        (forms.length > 0 ? forms : ['']).filter((form) => text(lang, key, form).trim() === ''),
      );
      expect({ differing, empty }).toEqual({ differing: [], empty: [] });
    });
  },
);

describe.each(languages.map((lang) => ({ lang })))('plural forms in $lang', ({ lang }) => {
  it('are exactly the language’s categories (and _zero where English has it), count formatted', () => {
    const wrong: string[] = [];
    for (const [key, forms] of allKeys(lang)) {
      const englishForms = english.get(key) ?? [];
      if (englishForms.length === 0 && forms.length === 0) continue;
      const want = [...categories(lang), ...(englishForms.includes('zero') ? ['zero'] : [])].sort();
      if (forms.join() !== want.join()) wrong.push(`${key}: ${forms.join(' ')}`);
      else if (!placeholders(text(lang, key, 'other')).includes('count, number'))
        wrong.push(`${key}: count not formatted`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('keys', () => {
  it.each(namespaces.map((ns) => ({ ns })))('are flat in $ns', ({ ns }) => {
    const bad = Object.entries(resources.en[ns]).filter(
      ([key, value]) =>
        typeof value !== 'string' || !/^[a-z0-9-]+(\.[a-z0-9-]+)+(_[a-z]+)?$/i.test(key),
    );
    expect(bad).toEqual([]);
  });
});

// The page's few-line translator must say exactly what i18next says, for every string: every
// placeholder gets a value, the counting ones numbers, and every count that picks a form of its
// own in some language (0, 1, 2, 21, a whole million) or is written with separators.
const every = namespaces.flatMap((ns) =>
  Object.entries(resources.en[ns]).map(([key, value]) => ({ key: `${ns}:${key}`, value })),
);
const params = {
  ...Object.fromEntries(
    every.flatMap(({ value }) =>
      [...value.matchAll(/\{\{\s*(\w+)/g)].map((m) => [m[1] ?? '', `<${m[1] ?? ''}>`]),
    ),
  ),
  total: 1200,
  pass: 1000,
  warn: 199,
  fail: 1,
};
const counts = [0, 1, 2, 21, 1234, 1_000_000];

describe.each(languages.map((lang) => ({ lang })))('the page translator in $lang', ({ lang }) => {
  it('says what i18next says for every key and count', () => {
    const cli = createTranslator(lang);
    const page = translateStrings(lang, resources[lang], 'site');
    const keys = [...new Set(every.map(({ key }) => key.replace(pluralSuffix, '')))];
    const differing = keys.flatMap((key) => {
      if (!cli.exists(key) || !page.exists(key)) return [`${key}: missing`];
      return counts
        .map((count) => ({ count, cli: cli(key, { ...params, count }) }))
        .filter(({ count, cli: want }) => page(key, { ...params, count }) !== want)
        .map(({ count, cli: want }) => `${key} ${count}: ${want}`);
    });
    expect(differing).toEqual([]);
  });
});
