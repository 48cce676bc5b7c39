// Reads the content files the way a translator edits them: YAML frontmatter plus MDX body.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { languages, type Language } from '../../src/i18n/languages.ts';

/** One content file's raw frontmatter and body. */
export interface RawEntry {
  readonly lang: Language;
  readonly path: string;
  readonly frontmatter: Record<string, unknown>;
  readonly body: string;
}

/** Loads content/requirement/{lang}.mdx for every language. */
export function loadRequirementEntries(): RawEntry[] {
  return languages.map((lang) => {
    const path = `content/requirement/${lang}.mdx`;
    const text = readFileSync(path, 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n/g, '\n'));
    if (!match) throw new Error(`${path}: no frontmatter`);
    return {
      lang,
      path,
      frontmatter: parse(match[1] ?? '') as Record<string, unknown>,
      body: match[2] ?? '',
    };
  });
}
