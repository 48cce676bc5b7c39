// The English that German and Italian output must not contain: the list in
// content/english-leaks.json plus every English term of the glossary. Tests read every rendered
// surface (reports, page, CLI) against it.
import { z } from 'astro/zod';
import rawLeaks from '../../content/english-leaks.json';
import { glossary } from './glossary.ts';

/** Schema of content/english-leaks.json: a source note and distinct words or phrases. */
export const englishLeaksSchema = z
  .object({
    source: z.string().trim().min(1),
    words: z.array(z.string().trim().min(1)).min(1),
  })
  .strict()
  .superRefine((leaks, ctx) => {
    leaks.words.forEach((word, index) => {
      if (leaks.words.indexOf(word) !== index)
        ctx.addIssue({ code: 'custom', path: ['words', index], message: `"${word}" twice` });
    });
  });

/** English words and phrases, compared as written, that only an untranslated text holds. */
export const englishLeaks: readonly string[] = [
  ...englishLeaksSchema.parse(rawLeaks).words,
  ...glossary.terms.map((entry) => entry.en.term),
];
