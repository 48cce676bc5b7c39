import { describe, expect, it } from 'vitest';
import { cliTranslator } from '../../../src/cli/translator.ts';
import { escapeMarkdown, renderMarkdown } from '../../../src/lib/report/render-markdown.ts';
import { unreadableParts } from '../../support/readable-text.ts';
import { sampleReport } from './sample-report.ts';

// Rendered inside each test, not at load: `npm run mutate` then knows which tests reach which code.
const en = () => renderMarkdown(sampleReport, { t: cliTranslator('en'), lang: 'en' });
const de = () => renderMarkdown(sampleReport, { t: cliTranslator('de'), lang: 'de' });
const it_ = () => renderMarkdown(sampleReport, { t: cliTranslator('it'), lang: 'it' });

describe('renderMarkdown', () => {
  it.each([
    { name: 'heading', input: en, want: '## Certificate check: Persistent Chat Server' },
    { name: 'verdict with icon and word', input: en, want: '- **Overall result:** ❌ FAIL' },
    { name: 'server table header', input: en, want: '| Server | Result | Same CA |' },
    { name: 'pipe escaped in fqdn', input: en, want: '| fe\\|01.contoso.com | ❌ FAIL |' },
    { name: 'server section', input: en, want: '### PChat01.Contoso.com.: ✅ PASS' },
    { name: 'thumbprint as code', input: en, want: `\`${'AB'.repeat(32)}\`` },
    { name: 'check row', input: en, want: '| Key strength (key-strength) | ✅ PASS |' },
    { name: 'failures', input: en, want: '### Inputs that cannot be used' },
    {
      name: 'german heading',
      input: de,
      want: '## Zertifikatprüfung: Server für beständigen Chat',
    },
    { name: 'german date', input: de, want: '12. März 2025, 10:30 UTC' },
    { name: 'italian status', input: it_, want: '❌ NON SUPERATO' },
  ])('has $name', ({ input, want }) => {
    expect(input()).toContain(want);
  });

  it.each([
    { lang: 'en', input: en },
    { lang: 'de', input: de },
    { lang: 'it', input: it_ },
  ] as const)('reads right in $lang', ({ lang, input }) => {
    expect(unreadableParts(input(), lang)).toEqual([]);
  });

  // Whole lines, as a ticket shows them: the key identifier once read "[object Object]".
  it.each([
    {
      name: 'en',
      input: en,
      want: [
        '- **Reference CA:** CN=Contoso Issuing CA, DC=contoso, DC=com (Key identifier: `ABCDEF0123`)',
        '- **Reference CA:** CN=Contoso Issuing CA (renewed), DC=contoso, DC=com (Key identifier: unknown)',
      ],
    },
    {
      name: 'de',
      input: de,
      want: [
        '- **Referenz-ZS:** CN=Contoso Issuing CA, DC=contoso, DC=com (Schlüsselkennung: `ABCDEF0123`)',
        '- **Referenz-ZS:** CN=Contoso Issuing CA (renewed), DC=contoso, DC=com (Schlüsselkennung: unbekannt)',
      ],
    },
    {
      name: 'it',
      input: it_,
      want: [
        '- **CA di riferimento:** CN=Contoso Issuing CA, DC=contoso, DC=com (Identificatore chiave: `ABCDEF0123`)',
        '- **CA di riferimento:** CN=Contoso Issuing CA (renewed), DC=contoso, DC=com (Identificatore chiave: sconosciuto)',
      ],
    },
  ])('writes each reference CA with its key identifier ($name)', ({ input, want }) => {
    expect(
      input()
        .split('\n')
        .filter((line) => line.includes('Issuing CA') && line.endsWith(')')),
    ).toEqual(want);
  });

  it.each([
    { name: 'no terminal escapes', input: () => en().includes('\u001b'), want: false },
    { name: 'ends with a newline', input: () => en().endsWith('\n'), want: true },
    { name: 'escapes table pipes', input: () => escapeMarkdown('a|b'), want: 'a\\|b' },
    { name: 'escapes emphasis', input: () => escapeMarkdown('*x_'), want: '\\*x\\_' },
    {
      name: 'no line break',
      input: () => escapeMarkdown('a\r\nFAKE'),
      want: 'a\\\\x0d\\\\x0aFAKE',
    },
    { name: 'no link', input: () => escapeMarkdown('[x](y)'), want: '\\[x\\](y)' },
    { name: 'no image', input: () => escapeMarkdown('![x]'), want: '\\!\\[x\\]' },
    { name: 'no html', input: () => escapeMarkdown('<img src=x>'), want: '\\<img src=x\\>' },
    { name: 'no entity', input: () => escapeMarkdown('&#x202e;'), want: '\\&\\#x202e;' },
    {
      name: 'no url autolink',
      input: () => escapeMarkdown('http://x.test'),
      want: 'http\\://x.test',
    },
    { name: 'no www autolink', input: () => escapeMarkdown('WWW.x.test'), want: 'WWW\\.x.test' },
    { name: 'no email autolink', input: () => escapeMarkdown('a@x.test'), want: 'a\\@x.test' },
    { name: 'no mailto', input: () => escapeMarkdown('mailto:a'), want: 'mailto\\:a' },
    { name: 'no math', input: () => escapeMarkdown('$x$'), want: '\\$x\\$' },
    { name: 'bidi shown', input: () => escapeMarkdown('a\u202eb'), want: 'a\\\\u202eb' },
    {
      name: 'Arabic letter mark shown in four digits',
      input: () => escapeMarkdown('a\u061cb'),
      want: 'a\\\\u061cb',
    },
    {
      name: 'fqdn readable',
      input: () => escapeMarkdown('pchat01.contoso.com'),
      want: 'pchat01.contoso.com',
    },
  ])('$name', ({ input, want }) => {
    expect(input()).toBe(want);
  });
});
