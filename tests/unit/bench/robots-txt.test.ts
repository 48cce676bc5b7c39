import { describe, expect, it } from 'vitest';
import { checkRobotsTxt } from '../../bench/robots-txt.ts';

const paths = ['/en/', '/de/', '/it/'];
const sitemap = 'Sitemap: https://pchat-certs.example.org/sitemap.xml';

const rows = [
  { name: 'what the site serves', input: `User-agent: *\nAllow: /\n${sitemap}\n`, want: [] },
  {
    name: 'comments and CRLF',
    input: `# all\r\nUser-agent: *\r\nDisallow:\r\n${sitemap}\r\n`,
    want: [],
  },
  {
    name: 'everything disallowed',
    input: `User-agent: *\nDisallow: /\n${sitemap}\n`,
    want: [
      'crawlers may not read /en/',
      'crawlers may not read /de/',
      'crawlers may not read /it/',
    ],
  },
  {
    name: 'a longer allow wins',
    input: `User-agent: *\nDisallow: /\nAllow: /en/\nAllow: /de/\nAllow: /it/\n${sitemap}\n`,
    want: [],
  },
  {
    name: 'a wildcard rule',
    input: `User-agent: *\nDisallow: /*/\n${sitemap}\n`,
    want: [
      'crawlers may not read /en/',
      'crawlers may not read /de/',
      'crawlers may not read /it/',
    ],
  },
  {
    name: 'an unknown directive',
    input: `User-agent: *\nAllow: /\nNoindex: /\n${sitemap}\n`,
    want: ['line 3: unknown directive "Noindex: /"'],
  },
  {
    name: 'a rule before any user-agent',
    input: `Disallow: /private/\nUser-agent: *\nAllow: /\n${sitemap}\n`,
    want: ['line 1: disallow before any user-agent'],
  },
  {
    name: 'a relative sitemap',
    input: 'User-agent: *\nAllow: /\nSitemap: /sitemap.xml\n',
    want: ['line 3: sitemap is not an absolute URL: "/sitemap.xml"'],
  },
  {
    name: 'no group for every crawler',
    input: `User-agent: Googlebot\nAllow: /\n${sitemap}\n`,
    want: ['no group for every crawler (user-agent: *)'],
  },
  { name: 'no sitemap', input: 'User-agent: *\nAllow: /\n', want: ['no sitemap'] },
];

describe('checkRobotsTxt', () => {
  it.each(rows)('$name', ({ input, want }) => {
    const result = checkRobotsTxt(input, paths);
    expect(result.problems).toEqual(want);
    expect(result.score).toBe(want.length === 0 ? 100 : 0);
  });
});
