// Content collections: locale-independent facts, and one MDX requirement entry per locale.
// Imported from astro/content/config (not astro:content) so that tests can load the schemas.
import { defineCollection } from 'astro/content/config';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import rawFacts from '../content/facts.json';
import { checkIds } from './lib/cert/types.ts';

/** Stable ids are kebab-case because they become URL fragments that runbooks link to. */
const stableId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2012-10-03');

/** Schema of the locale-independent facts about one Microsoft topic. */
export const factsSchema = z
  .object({
    product: z.string().min(1),
    sourceUrl: z.url({ protocol: /^https$/ }),
    assetId: z.uuid(),
    topicLastModified: isoDate,
    documentDate: isoDate,
    titleAnchor: stableId,
    paragraphs: z.array(stableId).min(1),
    /**
     * The same requirement as another product's documentation states it (Skype for Business
     * Server 2015), quoted with its source; its paragraphs' text is in each locale's entry.
     */
    alsoQuoted: z
      .object({
        product: z.string().min(1),
        title: z.string().min(1),
        section: z.string().min(1),
        sourceUrl: z.url({ protocol: /^https$/ }),
        assetId: z.uuid(),
        paragraphs: z.array(stableId).min(1),
      })
      .strict(),
    checklist: z
      .array(z.object({ id: stableId, check: z.enum(checkIds).optional() }).strict())
      .min(1),
  })
  .strict()
  .superRefine((facts, ctx) => {
    const all = [
      facts.titleAnchor,
      ...facts.paragraphs,
      ...facts.alsoQuoted.paragraphs,
      ...facts.checklist.map((c) => c.id),
    ];
    const dupes = all.filter((id, i) => all.indexOf(id) !== i);
    // Every id becomes an element id on the same page, so one id may be used only once.
    for (const id of dupes) ctx.addIssue({ code: 'custom', message: `id "${id}" is used twice` });
  });

/** Locale-independent facts, as validated data. */
export type Facts = z.infer<typeof factsSchema>;

const parsedFacts = z.record(z.string(), factsSchema).safeParse(rawFacts);
if (!parsedFacts.success) {
  throw new Error(`content/facts.json: ${z.prettifyError(parsedFacts.error)}`);
}
/** The facts of the one topic this site documents. */
export const facts: Facts = Object.values(parsedFacts.data)[0] as Facts;

const textItem = z.object({ id: stableId, text: z.string().trim().min(1) }).strict();

/** A list of `{ id, text }` whose ids are exactly `want`, in that order (reported per field). */
function idList(want: readonly string[], what: string) {
  return z.array(textItem).superRefine((items, ctx) => {
    const have = items.map((item) => item.id);
    items.forEach((item, index) => {
      if (!want.includes(item.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `unknown ${what} id "${item.id}" (content/facts.json lists: ${want.join(', ')})`,
        });
      } else if (want.indexOf(item.id) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `${what} "${item.id}" is out of order (expected "${want[index] ?? ''}")`,
        });
      }
    });
    for (const id of want.filter((w) => !have.includes(w))) {
      ctx.addIssue({ code: 'custom', message: `missing ${what} id "${id}"` });
    }
  });
}

/** The English text a translation was made from; compared with the current English entry. */
const translatedFrom = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1),
    paragraphs: idList(facts.paragraphs, 'paragraph'),
    appliesTo: z.string().min(1),
    alsoQuoted: idList(facts.alsoQuoted.paragraphs, 'quoted paragraph'),
    checklist: idList(
      facts.checklist.map((c) => c.id),
      'checklist',
    ),
    body: z.string().min(1),
  })
  .strict();

/** Schema of one locale's requirement entry (frontmatter of content/requirement/{lang}.mdx). */
export const requirementSchema = z
  .object({
    title: z.string().trim().min(1),
    // Meta description: search engines cut longer ones.
    description: z.string().trim().min(50).max(160),
    paragraphs: idList(facts.paragraphs, 'paragraph'),
    /** Who the page is for: the products the requirement applies to, and the one it does not. */
    appliesTo: z.string().trim().min(1),
    /** The paragraphs of `facts.alsoQuoted`: the exact English, or their translation. */
    alsoQuoted: idList(facts.alsoQuoted.paragraphs, 'quoted paragraph'),
    checklist: idList(
      facts.checklist.map((c) => c.id),
      'checklist',
    ),
    translation: z.discriminatedUnion('status', [
      z.object({ status: z.literal('original') }).strict(),
      z
        .object({
          status: z.literal('reviewed'),
          reviewedOn: z.coerce.date(),
          from: translatedFrom,
        })
        .strict(),
    ]),
  })
  .strict();

/** A validated requirement entry's frontmatter. */
export type Requirement = z.infer<typeof requirementSchema>;

/** The collections Astro loads from content/. */
export const collections = {
  facts: defineCollection({
    loader: file('content/facts.json'),
    schema: factsSchema,
  }),
  requirement: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/requirement' }),
    schema: requirementSchema,
  }),
};
