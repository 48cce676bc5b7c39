// One test per fixed defect, named for its cause, so that a defect that comes back says which one
// it is (the model: PeculiarVentures/x509 test/issues.ts). Add a row or a test per fix.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/create-translator.ts';
import { languages } from '../../src/i18n/languages.ts';
import { resources } from '../../src/i18n/resources.ts';

const root = new URL('../../', import.meta.url).pathname;

const filesUnder = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : filesUnder(path);
    return /\.(ts|mjs|js|astro|json)$/.test(entry.name) ? [path] : [];
  });

describe('regressions', () => {
  it('issue 8: tests read certificate files from ../shared/corpus, which a clone does not have', () => {
    const outside = ['src', 'tests', '.ci']
      .flatMap(filesUnder)
      .filter((path) => /\.\.\/shared\//.test(readFileSync(join(root, path), 'utf8')))
      .map((path) => relative(root, join(root, path)));
    // This file names the pattern it looks for, so it is the one expected hit.
    expect(outside).toEqual(['tests/unit/regressions.test.ts']);
  });

  it('issue 8: "in 1 Tagen", "1 days left": the core passed `days`, so no plural form was picked', () => {
    const said = languages.map((lang) =>
      createTranslator(lang)('messages:check.validity.expiring-soon', { notAfter: 'D', count: 1 }),
    );
    expect(said.filter((text) => /\b1 (days|Tagen|giorni)\b/.test(text))).toEqual([]);
  });

  it('issue 8: Italian put a preposition before a date ("Scade il 1 dic", "Valido fino al 1")', () => {
    const beforeDate = /\b(il|al|dal|del|entro il)\s*\{\{\s*(notAfter|notBefore|date)\b/;
    const italian = Object.values(resources.it).flatMap((strings) => Object.values(strings));
    expect(italian.filter((text) => beforeDate.test(text))).toEqual([]);
  });

  it('issue 13: the report called the hostname check "Server FQDN in the certificate", the page "Host name"', () => {
    const page = resources.en.checker['check.hostname.name'];
    expect(createTranslator('en')('checker:check.hostname.name')).toBe(page);
    expect(Object.keys(resources.en.cli).filter((key) => key.startsWith('report.check.'))).toEqual(
      [],
    );
  });
});
