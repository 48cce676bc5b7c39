// Runbook links (?server=, ?at=): the servers they name, in order, blanks dropped, capped at
// maxLinkedServers with the number left out (issue 25, fault 6); the day, when it is one; and the
// link "Copy link" writes, which reads back as the same servers and day.
import { describe, expect, it } from 'vitest';
import {
  linkedServers,
  maxLinkedServers,
  runbookLink,
} from '../../../../src/scripts/checker/page/prefill.ts';

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

const dayCases: readonly {
  name: string;
  input: string;
  want: { day: string | null; badDay: string | null };
}[] = [
  { name: 'no at', input: '?server=a.contoso.com', want: { day: null, badDay: null } },
  { name: 'a calendar day', input: '?at=2026-12-06', want: { day: '2026-12-06', badDay: null } },
  { name: 'a leap day', input: '?at=2028-02-29', want: { day: '2028-02-29', badDay: null } },
  { name: 'no such day', input: '?at=2026-02-30', want: { day: null, badDay: '2026-02-30' } },
  { name: 'a month 13', input: '?at=2026-13-01', want: { day: null, badDay: '2026-13-01' } },
  {
    name: 'a time with it',
    input: '?at=2026-12-06T10:00',
    want: { day: null, badDay: '2026-12-06T10:00' },
  },
  { name: 'a script', input: '?at=%3Cscript%3E', want: { day: null, badDay: '<script>' } },
  { name: 'empty', input: '?at=', want: { day: null, badDay: '' } },
];

describe('linked day', () => {
  it.each(dayCases)('$name', ({ input, want }) => {
    const { day, badDay } = linkedServers(input);
    expect({ day, badDay }).toEqual(want);
  });
});

const writeCases: readonly {
  name: string;
  input: { fqdns: string[]; day: string };
  want: string;
}[] = [
  {
    name: 'servers and a day',
    input: { fqdns: ['fe01.contoso.com', 'pchat01.contoso.com'], day: '2026-12-06' },
    want: 'https://docs.example/en/?server=fe01.contoso.com&server=pchat01.contoso.com&at=2026-12-06#checker',
  },
  {
    name: 'no day chosen: no at',
    input: { fqdns: ['fe01.contoso.com'], day: '' },
    want: 'https://docs.example/en/?server=fe01.contoso.com#checker',
  },
  {
    name: 'nothing: the checker alone',
    input: { fqdns: [], day: '' },
    want: 'https://docs.example/en/#checker',
  },
  {
    name: 'characters a URL must escape are escaped',
    input: { fqdns: ['a&at=1.contoso.com#x'], day: '' },
    want: 'https://docs.example/en/?server=a%26at%3D1.contoso.com%23x#checker',
  },
];

describe('runbook link', () => {
  it.each(writeCases)('$name', ({ input, want }) => {
    const link = runbookLink('https://docs.example/en/', input.fqdns, input.day);
    expect(link).toBe(want);
    const read = linkedServers(new URL(link).search);
    expect({ fqdns: read.fqdns, day: read.day ?? '' }).toEqual(input);
  });
});
