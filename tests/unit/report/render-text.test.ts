import { describe, expect, it } from 'vitest';
import { cliTranslator } from '../../../src/cli/translator.ts';
import { languages } from '../../../src/i18n/languages.ts';
import { renderText } from '../../../src/lib/report/render-text.ts';
import { visibleLength } from '../../../src/lib/report/wrap-text.ts';
import { unreadableParts } from '../../support/readable-text.ts';
import { sampleReport } from './sample-report.ts';

const sources = { servers: [undefined, undefined, { kind: 'file', path: 'fe02.pem' } as const] };
const render = (lang: (typeof languages)[number], color = false, width?: number) =>
  renderText(sampleReport, {
    t: cliTranslator(lang),
    lang,
    sources,
    color,
    ...(width === undefined ? {} : { width }),
  });
// eslint-disable-next-line no-control-regex -- looking for the escape character on purpose
const ansi = /\u001b\[/;

describe('renderText', () => {
  it.each(languages.flatMap((lang) => [false, true].map((color) => ({ lang, color }))))(
    'fits in 80 columns ($lang, colour $color)',
    ({ lang, color }) => {
      const long = render(lang, color)
        .split('\n')
        .filter((line) => visibleLength(line) > 80);
      expect(long).toEqual([]);
    },
  );

  it.each(languages.map((lang) => ({ lang })))('reads right in $lang', ({ lang }) => {
    expect(unreadableParts(render(lang), lang)).toEqual([]);
  });

  it.each([
    { name: 'no colour unless asked', input: () => render('en'), want: false },
    { name: 'colour when asked', input: () => render('en', true), want: true },
  ])('$name', ({ input, want }) => {
    expect(ansi.test(input())).toBe(want);
  });

  it.each([
    { name: 'title', input: () => render('en'), want: 'Certificate check: Persistent Chat Server' },
    { name: 'status as a word', input: () => render('en'), want: '[FAIL] fe|01.contoso.com' },
    { name: 'word also in colour', input: () => render('en', true), want: 'FAIL]' },
    { name: 'fqdn as typed', input: () => render('en'), want: '[PASS] PChat01.Contoso.com.' },
    { name: 'check names and ids', input: () => render('en'), want: 'Key strength (key-strength)' },
    {
      name: 'summary',
      input: () => render('en'),
      want: 'Servers checked: 2. Passed: 1, with warnings: 0, failed: 1.',
    },
    { name: 'unknown key id', input: () => render('en'), want: 'unknown' },
    { name: 'german date', input: () => render('de'), want: '12. März 2025, 10:30 UTC' },
    { name: 'italian date', input: () => render('it'), want: '12 mar 2025, 10:30 UTC' },
    {
      name: 'german words',
      input: () => render('de'),
      want: '[NICHT BESTANDEN] fe|01.contoso.com',
    },
    { name: 'italian words', input: () => render('it'), want: 'CA di riferimento' },
    {
      name: 'failure names input',
      input: () => render('en'),
      want: 'Server fe02.contoso.com (fe02.pem)',
    },
    { name: 'thumbprint unbroken', input: () => render('en', false, 40), want: 'AB'.repeat(32) },
  ])('shows $name', ({ input, want }) => {
    expect(input()).toContain(want);
  });
});
