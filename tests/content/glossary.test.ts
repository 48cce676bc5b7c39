// One term per concept: no locale string and no content text uses a competing variant of a
// glossary term, and every language writes its apostrophes one way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossary, glossarySchema } from '../../src/i18n/glossary.ts';
import { languages, type Language } from '../../src/i18n/languages.ts';
import { resources } from '../../src/i18n/resources.ts';
import { englishLeaksSchema } from '../../src/i18n/english-leaks.ts';
import { unreadableParts } from '../support/readable-text.ts';
import { loadRequirementEntries } from './load-content.ts';

/** Every string value inside a parsed YAML or JSON value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : typeof value === 'object' && value !== null
        ? Object.values(value).flatMap(strings)
        : [];

const entries = loadRequirementEntries();

/** What a reader of `lang` reads: its UI strings, and its content without the English source. */
function texts(lang: Language): { where: string; text: string }[] {
  const ui = Object.entries(resources[lang]).flatMap(([ns, table]) =>
    Object.entries(table).map(([key, text]) => ({
      where: `locales/${lang}/${ns}.json ${key}`,
      text,
    })),
  );
  const entry = entries.find((e) => e.lang === lang);
  // `translation.from` is the English text a translation was made from: not the reader's words.
  const frontmatter = Object.entries(entry?.frontmatter ?? {})
    .filter(([key]) => key !== 'translation')
    .map(([, value]) => value);
  const content = [...strings(frontmatter), entry?.body ?? ''].map((text) => ({
    where: entry?.path ?? lang,
    text,
  }));
  return [...ui, ...content];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// A variant counts where a word starts, so "Bereitstellung" is no "bereitstellen".
const matcher = (variant: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(variant)}`, 'iu');

const rows = glossary.terms.flatMap((entry) =>
  languages.flatMap((lang) =>
    entry[lang].variants.map((variant) => ({
      name: `${lang} ${entry.concept}: not "${variant}" but "${entry[lang].term}"`,
      input: { lang, variant },
      want: [],
    })),
  ),
);

describe('one term per concept', () => {
  it('content/glossary.json follows its schema', () => {
    expect(
      glossarySchema.safeParse(JSON.parse(readFileSync('content/glossary.json', 'utf8'))).success,
    ).toBe(true);
    expect(glossary.terms.length).toBeGreaterThan(0);
  });

  it.each(rows)('$name', ({ input, want }) => {
    const pattern = matcher(input.variant);
    const hits = texts(input.lang)
      .filter(({ text }) => pattern.test(text))
      .map(({ where }) => where);
    expect(hits).toEqual(want);
  });

  const schemaRows = [
    {
      name: 'a variant inside its term',
      input: { term: 'Schlüsselkennung', variants: ['kennung'] },
    },
    { name: 'a variant listed twice', input: { term: 'a b', variants: ['c', 'C'] } },
    { name: 'an empty term', input: { term: ' ', variants: [] } },
  ];
  it.each(schemaRows)('the schema refuses $name', ({ input }) => {
    const terms = [{ concept: 'x', en: input, de: { term: 'd' }, it: { term: 'i' } }];
    expect(glossarySchema.safeParse({ source: 's', terms }).success).toBe(false);
  });
});

describe('no English in German or Italian content', () => {
  it('content/english-leaks.json follows its schema', () => {
    const raw: unknown = JSON.parse(readFileSync('content/english-leaks.json', 'utf8'));
    expect(englishLeaksSchema.safeParse(raw).success).toBe(true);
    expect(englishLeaksSchema.safeParse({ source: 's', words: ['days', 'days'] }).success).toBe(
      false,
    );
  });

  // The UI strings are read rendered (tests/unit/i18n/readable-output.test.ts); the content here.
  it.each(['de', 'it'] as const)('%s', (lang) => {
    const entry = entries.find((e) => e.lang === lang);
    const frontmatter = Object.entries(entry?.frontmatter ?? {})
      .filter(([key]) => key !== 'translation')
      .map(([, value]) => value);
    const text = [...strings(frontmatter), entry?.body ?? ''].join('\n');
    expect(unreadableParts(text, lang)).toEqual([]);
  });
});

describe('one apostrophe style: the straight one, in every language and file', () => {
  // Front matter and JSON always had straight apostrophes; Markdown's smart punctuation turned
  // the MDX body's into typographic ones, so astro.config.mjs turns it off (the browser test of
  // the pages checks the rendered text).
  it.each(languages.map((lang) => ({ name: lang, lang })))('$name', ({ lang }) => {
    const curly = texts(lang)
      .filter(({ text }) => /[\u2018\u2019]/.test(text))
      .map(({ where }) => where);
    expect(curly).toEqual([]);
  });
});
