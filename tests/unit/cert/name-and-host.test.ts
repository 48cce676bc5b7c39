// RFC 5280 name comparison and hostname canonicalization.
import { describe, expect, it } from 'vitest';
import { canonicalHost } from '../../../src/lib/cert/checks/hostname.ts';
import { namesEqual } from '../../../src/lib/cert/name-compare.ts';
import { toALabels, type DistinguishedName } from '../../../src/lib/cert/index.ts';

const dn = (...rdns: [string, string][][]): DistinguishedName => ({
  text: '',
  rdns: rdns.map((rdn) => rdn.map(([oid, value]) => ({ oid, type: oid, value }))),
});
const cn = '2.5.4.3';
const o = '2.5.4.10';

const nameRows = [
  { name: 'identical', input: [dn([[cn, 'CA 1']]), dn([[cn, 'CA 1']])], want: true },
  {
    name: 'case and spaces',
    input: [dn([[cn, ' Contoso   CA 1 ']]), dn([[cn, 'contoso ca 1']])],
    want: true,
  },
  { name: 'umlaut case', input: [dn([[o, 'MÜLLER']]), dn([[o, 'müller']])], want: true },
  {
    name: 'NFKC: composed vs decomposed',
    input: [dn([[o, 'Mu\u0308ller']]), dn([[o, 'Müller']])],
    want: true,
  },
  {
    name: 'multi-valued RDN in any order',
    input: [
      dn([
        [cn, 'a'],
        [o, 'b'],
      ]),
      dn([
        [o, 'B'],
        [cn, 'A'],
      ]),
    ],
    want: true,
  },
  { name: 'case folding: ß is ss', input: [dn([[o, 'Straße']]), dn([[o, 'STRASSE']])], want: true },
  {
    name: 'inner space kept as one space',
    input: [dn([[o, 'Contoso CA']]), dn([[o, 'ContosoCA']])],
    want: false,
  },
  {
    name: '#hex value compared as encoded, not case-folded',
    input: [dn([[cn, '#0c03414243']]), dn([[cn, '#0C03414243']])],
    want: false,
  },
  {
    name: 'a # at the end is ordinary text',
    input: [dn([[cn, 'CA#']]), dn([[cn, 'ca#']])],
    want: true,
  },
  { name: 'different value', input: [dn([[cn, 'CA 1']]), dn([[cn, 'CA 2']])], want: false },
  { name: 'different attribute type', input: [dn([[cn, 'x']]), dn([[o, 'x']])], want: false },
  {
    name: 'RDN order matters',
    input: [dn([[cn, 'a']], [[o, 'b']]), dn([[o, 'b']], [[cn, 'a']])],
    want: false,
  },
  { name: 'extra RDN', input: [dn([[cn, 'a']]), dn([[cn, 'a']], [[o, 'b']])], want: false },
];

describe('namesEqual', () => {
  it.each(nameRows)('$name', ({ input, want }) => {
    expect(namesEqual(input[0] ?? dn(), input[1] ?? dn())).toBe(want);
  });
});

const hostRows = [
  { name: 'lowercase', input: 'PChat01.Contoso.COM', want: 'pchat01.contoso.com' },
  { name: 'spaces around', input: ' PChat01.contoso.com. ', want: 'pchat01.contoso.com' },
  { name: 'one trailing dot', input: 'pchat01.contoso.com.', want: 'pchat01.contoso.com' },
  { name: 'U-label to A-label', input: 'München.contoso.com', want: 'xn--mnchen-3ya.contoso.com' },
  {
    name: 'A-label unchanged',
    input: 'xn--mnchen-3ya.contoso.com',
    want: 'xn--mnchen-3ya.contoso.com',
  },
  { name: 'not a host name', input: 'a b', want: 'a b' },
  // Regression: the URL parser decoded %2E to a dot, so such a SAN took a row's FQDN in bulk fill.
  {
    name: 'a percent escape is not decoded',
    input: 'pchat37%2Econtoso.com',
    want: 'pchat37%2econtoso.com',
  },
  {
    name: 'a query mark is not cut off',
    input: 'pchat01?.contoso.com',
    want: 'pchat01?.contoso.com',
  },
  // Plain names skip the URL parser (issue 24): these rows hold the shortcut to what it gives.
  { name: 'a plain name, lowercased', input: 'PChat01.Contoso.COM', want: 'pchat01.contoso.com' },
  { name: 'hyphens at a label edge', input: '-pchat-.contoso.com', want: '-pchat-.contoso.com' },
  { name: 'an A-label that is no IDN', input: 'xn--a.contoso.com', want: 'xn--a.contoso.com' },
  { name: 'a last label read as a hex number', input: 'pchat.0x1f', want: 'pchat.0x1f' },
  { name: 'an empty label', input: 'pchat..contoso.com', want: 'pchat..contoso.com' },
];

describe('canonicalHost', () => {
  it.each(hostRows)('$name', ({ input, want }) => {
    expect(canonicalHost(input)).toBe(want);
  });
});

describe('toALabels', () => {
  it.each([
    {
      name: 'U-labels to A-labels, lowercased',
      input: 'München.Contoso.com',
      want: 'xn--mnchen-3ya.contoso.com',
    },
    {
      name: 'an A-label stays',
      input: 'xn--mnchen-3ya.contoso.com',
      want: 'xn--mnchen-3ya.contoso.com',
    },
    { name: 'nothing', input: '', want: null },
    { name: 'a space', input: 'pchat 01.contoso.com', want: null },
    { name: 'a port', input: 'pchat01.contoso.com:5061', want: null },
    { name: 'a path', input: 'pchat01.contoso.com/x', want: null },
    { name: 'a percent escape', input: 'pchat01%2Econtoso.com', want: null },
    { name: 'a label IDNA refuses', input: 'a\u2100b.contoso.com', want: null },
  ])('$name', ({ input, want }) => {
    expect(toALabels(input)).toBe(want);
  });
});
