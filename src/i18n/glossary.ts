// The glossary: one term per concept and language, following Microsoft's terminology, with the
// competing variants that must not appear. Validated here; tests hold the strings to it.
import { z } from 'astro/zod';
import rawGlossary from '../../content/glossary.json';
import type { Language } from './languages.ts';

const text = z.string().trim().min(1);

/** One language's term for a concept and the variants that compete with it. */
const entrySchema = z
  .object({ term: text, variants: z.array(text).default([]) })
  .strict()
  .superRefine((entry, ctx) => {
    const lower = entry.variants.map((v) => v.toLocaleLowerCase());
    lower.forEach((variant, index) => {
      // A variant inside the term itself would make every correct use a violation.
      if (entry.term.toLocaleLowerCase().includes(variant))
        ctx.addIssue({ code: 'custom', path: ['variants', index], message: 'part of the term' });
      if (lower.indexOf(variant) !== index)
        ctx.addIssue({ code: 'custom', path: ['variants', index], message: 'listed twice' });
    });
  });

// Every language has its term: `satisfies` fails the build when a language is added without one.
const perLanguage = {
  en: entrySchema,
  de: entrySchema,
  it: entrySchema,
} satisfies Record<Language, typeof entrySchema>;

/** Schema of content/glossary.json. */
export const glossarySchema = z
  .object({
    source: text,
    terms: z
      .array(
        z
          .object({
            concept: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id'),
            ...perLanguage,
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((glossary, ctx) => {
    const concepts = glossary.terms.map((t) => t.concept);
    concepts.forEach((concept, index) => {
      if (concepts.indexOf(concept) !== index)
        ctx.addIssue({ code: 'custom', path: ['terms', index], message: `"${concept}" twice` });
    });
  });

/** The glossary as validated data. */
export type Glossary = z.infer<typeof glossarySchema>;

/** The project's glossary (content/glossary.json), validated. */
export const glossary: Glossary = glossarySchema.parse(rawGlossary);
