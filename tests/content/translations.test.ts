import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requirementSchema } from '../../src/content.config.ts';
import { outdatedFields, type SourceText } from '../../src/i18n/translation-status.ts';
import { loadRequirementEntries } from './load-content.ts';

const entries = loadRequirementEntries();
const parsed = entries.map((e) => ({ ...e, data: requirementSchema.parse(e.frontmatter) }));
const english = parsed.find((e) => e.lang === 'en');
if (!english) throw new Error('content/requirement/en.mdx missing');
const englishSource: SourceText = { ...english.data, body: english.body };

describe('every translation is reviewed against the current English text', () => {
  it('the English entry is the original', () => {
    expect(english.data.translation.status).toBe('original');
  });

  it.each(parsed.filter((e) => e.lang !== 'en'))('$path', ({ data }) => {
    expect(data.translation.status).toBe('reviewed');
    if (data.translation.status !== 'reviewed') return;
    // A failure lists the English fields that changed since the review: update the
    // translation, then copy the new English text into translation.from.
    expect(outdatedFields(data.translation.from, englishSource)).toEqual([]);
  });
});

const changed = (patch: Partial<SourceText>): SourceText => ({ ...englishSource, ...patch });
const rows: { name: string; input: SourceText; want: string[] }[] = [
  { name: 'unchanged English', input: englishSource, want: [] },
  {
    name: 'CRLF line ends only',
    input: changed({ body: englishSource.body.replace(/\n/g, '\r\n') }),
    want: [],
  },
  { name: 'a changed title', input: changed({ title: 'Certificates' }), want: ['title'] },
  { name: 'a changed body', input: changed({ body: 'Something else.' }), want: ['body'] },
  {
    name: 'a changed paragraph',
    input: changed({
      paragraphs: englishSource.paragraphs.map((p, i) =>
        i === 1 ? { ...p, text: 'Changed.' } : p,
      ),
    }),
    want: ['paragraphs.before-installation'],
  },
  {
    name: 'a changed checklist item',
    input: changed({
      checklist: englishSource.checklist.map((c, i) => (i === 0 ? { ...c, text: 'Changed.' } : c)),
    }),
    want: ['checklist.identify-servers'],
  },
];

describe('outdatedFields compares a translation source with the English text', () => {
  it.each(rows)('$name', ({ input, want }) => {
    expect(outdatedFields(englishSource, input)).toEqual(want);
  });
});

const files = (lang: string): string =>
  readFileSync(`content/requirement/${lang}.mdx`, 'utf8') +
  readFileSync(`locales/${lang}/site.json`, 'utf8');

/** Microsoft's product terms must appear; known machine translations must not. */
const terms = [
  {
    name: 'de uses "Server für beständigen Chat"',
    input: { lang: 'de', text: 'Server für beständigen Chat' },
    want: true,
  },
  {
    name: 'de uses "Zertifizierungsstelle"',
    input: { lang: 'de', text: 'Zertifizierungsstelle' },
    want: true,
  },
  {
    name: 'de avoids "Letztes Änderungsstand des Themas"',
    input: { lang: 'de', text: 'Letztes Änderungsstand' },
    want: false,
  },
  {
    name: 'it uses "server Chat persistente"',
    input: { lang: 'it', text: 'server Chat persistente' },
    want: true,
  },
  {
    name: 'it uses "autorità di certificazione (CA)"',
    input: { lang: 'it', text: 'autorità di certificazione (CA)' },
    want: true,
  },
  {
    name: 'it avoids "Ultimo argomento modificato"',
    input: { lang: 'it', text: 'Ultimo argomento modificato' },
    want: false,
  },
];

describe('terminology', () => {
  it.each(terms)('$name', ({ input, want }) => {
    expect(files(input.lang).includes(input.text)).toBe(want);
  });
});

describe('the English text quotes Microsoft exactly', () => {
  it('joins to the original topic text', () => {
    expect(english.data.paragraphs.map((p) => p.text).join(' ')).toBe(
      'To install Persistent Chat Server, you must have a certificate issued by the same CA as the one used by Lync Server 2013 internal servers for each server running the Persistent Chat Web Services for File Upload/Download. Make sure that you have the required certificate(s) before you start the Persistent Chat installation, especially if you are using an external CA.',
    );
  });
});
