// Runbook links (?server=): the servers they name, in order, blanks dropped, capped at
// maxLinkedServers with the number left out (issue 25, fault 6).
import { describe, expect, it } from 'vitest';
import { linkedServers, maxLinkedServers } from '../../../../src/scripts/checker/page/prefill.ts';

const link = (fqdns: readonly string[]): string =>
  `?${fqdns.map((fqdn) => `server=${encodeURIComponent(fqdn)}`).join('&')}`;
const many = (count: number): string[] =>
  Array.from({ length: count }, (_, index) => `pchat${index}.contoso.com`);

const cases: readonly {
  name: string;
  input: string;
  want: { first: string[]; count: number; ignored: number };
}[] = [
  { name: 'no link', input: '', want: { first: [], count: 0, ignored: 0 } },
  {
    name: 'blank entries dropped, order kept',
    input: link(['b.contoso.com', ' ', '', 'a.contoso.com']),
    want: { first: ['b.contoso.com', 'a.contoso.com'], count: 2, ignored: 0 },
  },
  {
    name: 'exactly the cap: nothing ignored',
    input: link(many(maxLinkedServers)),
    want: { first: ['pchat0.contoso.com'], count: maxLinkedServers, ignored: 0 },
  },
  {
    name: 'thousands: the first ones kept, the rest counted',
    input: link(many(3000)),
    want: {
      first: ['pchat0.contoso.com'],
      count: maxLinkedServers,
      ignored: 3000 - maxLinkedServers,
    },
  },
];

describe('linked servers', () => {
  it.each(cases)('$name', ({ input, want }) => {
    const { fqdns, ignored } = linkedServers(input);
    expect({ first: fqdns.slice(0, want.first.length), count: fqdns.length, ignored }).toEqual(
      want,
    );
  });
});
