import { describe, expect, it } from 'vitest';
import { requirementSchema } from '../../src/content.config.ts';
import { loadRequirementEntries } from './load-content.ts';

const english = loadRequirementEntries().find((e) => e.lang === 'en');
if (!english) throw new Error('content/requirement/en.mdx missing');
const valid = english.frontmatter as {
  paragraphs: { id: string; text: string }[];
  checklist: { id: string; text: string }[];
} & Record<string, unknown>;
const [p1, p2] = valid.paragraphs;
const [c1, ...restChecklist] = valid.checklist;

/** Each row: frontmatter to validate, and the field paths plus message fragments expected to fail. */
const rows: { name: string; input: Record<string, unknown>; want: [string, string][] }[] = [
  { name: 'the English entry is valid', input: valid, want: [] },
  {
    name: 'a missing paragraph id is named',
    input: { ...valid, paragraphs: [p1] },
    want: [['paragraphs', 'missing paragraph id "before-installation"']],
  },
  {
    name: 'an added paragraph id is named with its index',
    input: { ...valid, paragraphs: [p1, p2, { id: 'extra-paragraph', text: 'More.' }] },
    want: [['paragraphs.2.id', 'unknown paragraph id "extra-paragraph"']],
  },
  {
    name: 'paragraphs out of order',
    input: { ...valid, paragraphs: [p2, p1] },
    want: [
      ['paragraphs.0.id', 'out of order'],
      ['paragraphs.1.id', 'out of order'],
    ],
  },
  {
    name: 'a missing checklist id is named',
    input: { ...valid, checklist: restChecklist },
    want: [
      ['checklist.0.id', 'out of order'],
      ['checklist.1.id', 'out of order'],
      ['checklist.2.id', 'out of order'],
      ['checklist.3.id', 'out of order'],
      ['checklist', 'missing checklist id "identify-servers"'],
    ],
  },
  {
    name: 'an added checklist id is named',
    input: { ...valid, checklist: [...valid.checklist, { id: 'reboot', text: 'Reboot.' }] },
    want: [['checklist.5.id', 'unknown checklist id "reboot"']],
  },
  {
    name: 'an id that is not kebab-case',
    input: { ...valid, checklist: [{ ...c1, id: 'Identify Servers' }, ...restChecklist] },
    want: [
      ['checklist.0.id', 'kebab-case'],
      ['checklist.0.id', 'unknown checklist id "Identify Servers"'],
      ['checklist', 'missing checklist id "identify-servers"'],
    ],
  },
  {
    name: 'an empty paragraph text',
    input: { ...valid, paragraphs: [{ ...p1, text: '  ' }, p2] },
    want: [['paragraphs.0.text', '']],
  },
  {
    name: 'an unknown field',
    input: { ...valid, subtitle: 'x' },
    want: [['', 'subtitle']],
  },
  {
    name: 'a too long meta description',
    input: { ...valid, description: 'x'.repeat(161) },
    want: [['description', '']],
  },
  {
    name: 'a reviewed translation without its source text',
    input: { ...valid, translation: { status: 'reviewed', reviewedOn: '2024-01-01' } },
    want: [['translation.from', '']],
  },
  {
    name: 'a translation status that does not exist',
    input: { ...valid, translation: { status: 'machine' } },
    want: [['translation.status', '']],
  },
];

describe('requirement frontmatter schema', () => {
  it.each(rows)('$name', ({ input, want }) => {
    const result = requirementSchema.safeParse(input);
    const issues = result.success
      ? []
      : result.error.issues.map((i) => [i.path.join('.'), i.message] as const);
    expect(issues.map(([path]) => path)).toEqual(want.map(([path]) => path));
    want.forEach(([, fragment], index) => {
      const issue = issues[index];
      expect(issue?.[0] === '' ? JSON.stringify(issue) : (issue?.[1] ?? '')).toContain(fragment);
    });
  });
});
