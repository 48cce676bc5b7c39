import type { PrefixedKey } from '../i18n/translate.ts';
import type { Translate } from '../lib/report/translate.ts';
import { wrapIndented } from '../lib/report/wrap-text.ts';

const width = 80;
const column = 24;

// Option and command syntax is not translated: it is what the user types.
const options: readonly (readonly [syntax: string, key: PrefixedKey])[] = [
  ['--reference FILE', 'cli:cli.help.option.reference'],
  ['--server FQDN=FILE', 'cli:cli.help.option.server'],
  ['--at INSTANT', 'cli:cli.help.option.at'],
  ['--lang en|de|it', 'cli:cli.help.option.lang'],
  ['--format text|json|markdown', 'cli:cli.help.option.format'],
  ['-h, --help', 'cli:cli.help.option.help'],
  ['--version', 'cli:cli.help.option.version'],
];

const usage = [
  '  pchat-certs check --reference FILE [--reference FILE ...]',
  '                    --server FQDN=FILE [--server FQDN=FILE ...]',
  '                    [--at INSTANT] [--lang en|de|it]',
  '                    [--format text|json|markdown]',
  '  pchat-certs --help | --version',
];

const examples = [
  '  pchat-certs check --reference frontend-pool.cer \\',
  '      --server pchat01.contoso.com=pchat01.cer \\',
  '      --server fe01.contoso.com=fe01.p7b',
  '  pchat-certs check --reference issuing-ca.cer --format json \\',
  '      --server pchat01.contoso.com=- < pchat01.cer',
];

function option(syntax: string, description: string): string[] {
  const head = `  ${syntax}`;
  if (head.length >= column) return [head, ...wrapIndented(description, width, column)];
  return wrapIndented(description, width, column, head.padEnd(column));
}

/** The localized `--help` text, at most 80 columns wide. */
export function helpText(t: Translate, version: string): string {
  const lines = [
    `pchat-certs ${version}`,
    '',
    ...wrapIndented(t('cli:cli.help.summary'), width, 0),
    '',
    t('cli:cli.help.usage-heading'),
    ...usage,
    '',
    t('cli:cli.help.options-heading'),
    ...options.flatMap(([syntax, key]) => option(syntax, t(key))),
    '',
    ...wrapIndented(t('cli:cli.help.files'), width, 0),
    '',
    t('cli:cli.help.exit-heading'),
    ...(['0', '1', '2'] as const).flatMap((code) =>
      wrapIndented(t(`cli:cli.help.exit.${code}`), width, 5, `  ${code}  `),
    ),
    '',
    t('cli:cli.help.examples-heading'),
    ...examples,
  ];
  return `${lines.join('\n')}\n`;
}
