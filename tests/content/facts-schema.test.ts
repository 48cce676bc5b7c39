import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsSchema } from '../../src/content.config.ts';

const file = JSON.parse(readFileSync('content/facts.json', 'utf8')) as Record<string, unknown>;
const valid = Object.values(file)[0] as Record<string, unknown> & {
  checklist: { id: string; check?: string }[];
};

const rows: { name: string; input: Record<string, unknown>; want: string[] }[] = [
  { name: 'content/facts.json is valid', input: valid, want: [] },
  {
    name: 'the source must be an https URL',
    input: { ...valid, sourceUrl: 'http://technet.microsoft.com/x' },
    want: ['sourceUrl'],
  },
  { name: 'the asset id is a UUID', input: { ...valid, assetId: 'eff58baf' }, want: ['assetId'] },
  {
    name: 'dates are calendar dates',
    input: { ...valid, topicLastModified: '03.10.2012' },
    want: ['topicLastModified'],
  },
  {
    name: 'a checklist item names only checks the checker has',
    input: { ...valid, checklist: [{ id: 'x-item', check: 'same-issuer' }] },
    want: ['checklist.0.check'],
  },
  {
    name: 'an id used twice on the page',
    input: { ...valid, checklist: [{ id: 'before-installation' }] },
    want: [''],
  },
];

describe('locale-independent facts schema', () => {
  it.each(rows)('$name', ({ input, want }) => {
    const result = factsSchema.safeParse(input);
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(want);
  });

  it('the facts are the ones of Microsoft topic Gg412990', () => {
    expect(valid).toMatchObject({
      product: 'Lync Server 2013',
      sourceUrl: 'https://technet.microsoft.com/en-us/library/Gg412990(v=OCS.15)',
      assetId: 'eff58baf-b918-4dfa-b01d-e1aec436b4fd',
      topicLastModified: '2012-10-03',
      documentDate: '2014-07-23',
      titleAnchor: 'certificate-requirements-for-persistent-chat-server-in-lync-server-2013',
    });
  });
});
