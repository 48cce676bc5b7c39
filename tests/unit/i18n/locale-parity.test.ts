import { describe, expect, it } from 'vitest';
import { languages } from '../../../src/i18n/languages.ts';
import { resources, type Namespace } from '../../../src/i18n/resources.ts';

const namespaces = Object.keys(resources.en) as Namespace[];
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();

const rows = languages
  .filter((lang) => lang !== 'en')
  .flatMap((lang) => namespaces.map((ns) => ({ name: `${lang}/${ns}`, lang, ns })));

describe('every language has the keys and placeholders English defines', () => {
  it.each(rows)('$name', ({ lang, ns }) => {
    const english = resources.en[ns];
    const other = resources[lang][ns];
    expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(english)) {
      expect({ key, placeholders: placeholders(other[key] ?? '') }).toEqual({
        key,
        placeholders: placeholders(text),
      });
      expect({ key, empty: (other[key] ?? '').trim() === '' }).toEqual({ key, empty: false });
    }
  });

  it.each(namespaces.map((ns) => ({ name: ns, ns })))('keys are flat in $name', ({ ns }) => {
    for (const [key, value] of Object.entries(resources.en[ns])) {
      expect({ key, type: typeof value }).toEqual({ key, type: 'string' });
      expect(key).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i);
    }
  });
});
