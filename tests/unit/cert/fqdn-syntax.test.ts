// The contract's FQDN rule, shared by the page, the CLI and the hostname check.
import { describe, expect, it } from 'vitest';
import { checkFqdnSyntax, type FqdnSyntax } from '../../../src/lib/cert/index.ts';

const ok = (fqdn: string): FqdnSyntax => ({ ok: true, fqdn });
const no = (code: Exclude<FqdnSyntax, { ok: true }>['code']): FqdnSyntax => ({ ok: false, code });
const label63 = 'a'.repeat(63);

describe('checkFqdnSyntax', () => {
  it.each([
    { name: 'plain FQDN', input: 'pchat01.contoso.com', want: ok('pchat01.contoso.com') },
    {
      name: 'spelling kept, spaces trimmed',
      input: '  PChat01.Contoso.COM ',
      want: ok('PChat01.Contoso.COM'),
    },
    {
      name: 'one trailing dot ignored',
      input: 'pchat01.contoso.com.',
      want: ok('pchat01.contoso.com.'),
    },
    { name: 'IDN in U-label form', input: 'münchen.contoso.com', want: ok('münchen.contoso.com') },
    {
      name: 'IDN in A-label form',
      input: 'xn--mnchen-3ya.contoso.com',
      want: ok('xn--mnchen-3ya.contoso.com'),
    },
    {
      name: 'hyphens and digits inside labels',
      input: 'fe-01.pool-2.contoso.com',
      want: ok('fe-01.pool-2.contoso.com'),
    },
    {
      name: 'labels of 63',
      input: `${label63}.${label63}.com`,
      want: ok(`${label63}.${label63}.com`),
    },
    { name: 'two labels', input: 'contoso.com', want: ok('contoso.com') },
    {
      name: '253 characters',
      input: `${label63}.${label63}.${label63}.${'a'.repeat(61)}`,
      want: ok(`${label63}.${label63}.${label63}.${'a'.repeat(61)}`),
    },
    {
      name: 'IDN with a combining mark inside a label',
      input: 'mu\u0308nchen.contoso.com',
      want: ok('mu\u0308nchen.contoso.com'),
    },
    { name: 'empty', input: '', want: no('fqdn-missing') },
    { name: 'only spaces', input: '   ', want: no('fqdn-missing') },
    { name: 'IPv4 address', input: '10.0.0.5', want: no('fqdn-ip') },
    { name: 'IPv4 address with a trailing dot', input: '10.0.0.5.', want: no('fqdn-ip') },
    // URL reads a name that ends in a number as an IPv4 address, and refuses this one.
    { name: 'a name ending in an IPv4 address', input: 'pchat.10.0.0.5', want: no('fqdn-syntax') },
    { name: 'IPv6 address', input: 'fe80::1', want: no('fqdn-ip') },
    { name: 'IPv6 address in brackets', input: '[2001:db8::5]', want: no('fqdn-ip') },
    { name: 'wildcard', input: '*.contoso.com', want: no('fqdn-wildcard') },
    { name: 'wildcard inside a label', input: 'pchat*.contoso.com', want: no('fqdn-wildcard') },
    { name: 'underscore', input: 'foo_bar.example.com', want: no('fqdn-syntax') },
    { name: 'not a host!!', input: 'not a host!!', want: no('fqdn-syntax') },
    { name: 'one label', input: 'pchat01', want: no('fqdn-syntax') },
    { name: 'empty label', input: 'pchat01..contoso.com', want: no('fqdn-syntax') },
    { name: 'two trailing dots', input: 'pchat01.contoso.com..', want: no('fqdn-syntax') },
    { name: 'leading hyphen', input: '-pchat.contoso.com', want: no('fqdn-syntax') },
    { name: 'trailing hyphen', input: 'pchat-.contoso.com', want: no('fqdn-syntax') },
    { name: 'label of 64', input: `${label63}a.contoso.com`, want: no('fqdn-syntax') },
    {
      name: 'longer than 253',
      input: [label63, label63, label63, label63].join('.'),
      want: no('fqdn-syntax'),
    },
    { name: 'percent-encoded dot', input: 'pchat01%2econtoso.com', want: no('fqdn-syntax') },
    { name: 'URL, not a name', input: 'https://pchat01.contoso.com', want: no('fqdn-syntax') },
    { name: 'port', input: 'pchat01.contoso.com:443', want: no('fqdn-syntax') },
    { name: 'full-width dot', input: 'pchat01\uff0econtoso.com', want: no('fqdn-syntax') },
  ])('$name', ({ input, want }) => {
    expect(checkFqdnSyntax(input)).toEqual(want);
  });
});
