import type { PrefixedKey } from '../i18n/translate.ts';
import { wrapIndented, type Translate } from '../lib/report/index.ts';

const width = 80;
const column = 24;

// Option and command syntax is not translated: it is what the user types.
const options: readonly (readonly [syntax: string, key: PrefixedKey])[] = [
  ['--reference FILE', 'cli:cli.help.option.reference'],
  ['--reference tls:HOST:PORT', 'cli:cli.help.option.reference-tls'],
  ['--server FQDN=FILE', 'cli:cli.help.option.server'],
  ['--server FQDN=tls:[HOST:]PORT', 'cli:cli.help.option.server-tls'],
  ['--bundle FILE', 'cli:cli.help.option.bundle'],
  ['--at INSTANT', 'cli:cli.help.option.at'],
  ['--timeout SECONDS', 'cli:cli.help.option.timeout'],
  ['--lang en|de|it', 'cli:cli.help.option.lang'],
  ['--format text|json|markdown', 'cli:cli.help.option.format'],
  ['-h, --help', 'cli:cli.help.option.help'],
  ['--version', 'cli:cli.help.option.version'],
];

// The syntax lines as typed; only the remark on the SOURCE line is prose, so it is translated.
const usage = (t: Translate): string[] => [
  '  pchat-certs check --reference SOURCE [--reference SOURCE ...]',
  '                    --server FQDN=SOURCE [--server FQDN=SOURCE ...]',
  '                    [--bundle FILE ...] [--at INSTANT] [--timeout SECONDS]',
  '                    [--lang en|de|it] [--format text|json|markdown]',
  '  pchat-certs check --bundle FILE [--bundle FILE ...] [options]',
  `  SOURCE: FILE | - | tls:HOST:PORT ${t('cli:cli.help.usage-server-tls')}`,
  '  pchat-certs snippet [--lang en|de|it]',
  '  pchat-certs --help | --version',
];

const examples = [
  '  pchat-certs check --reference frontend-pool.cer \\',
  '      --server pchat01.contoso.com=pchat01.cer \\',
  '      --server fe01.contoso.com=fe01.p7b',
  '  pchat-certs check --reference issuing-ca.cer --format json \\',
  '      --server pchat01.contoso.com=- < pchat01.cer',
  '  pchat-certs check --reference tls:pool01.contoso.com:5061 \\',
  '      --server pchat01.contoso.com=tls:5041 \\',
  '      --server fe01.contoso.com=tls:5061',
  '  pchat-certs snippet > read-certificates.ps1',
  '  pchat-certs check --bundle certificates.txt',
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
    ...usage(t),
    '',
    t('cli:cli.help.options-heading'),
    ...options.flatMap(([syntax, key]) => option(syntax, t(key))),
    '',
    ...wrapIndented(t('cli:cli.help.files'), width, 0),
    '',
    ...wrapIndented(t('cli:cli.help.tls'), width, 0),
    '',
    ...wrapIndented(t('cli:cli.help.snippet'), width, 0),
    '',
    t('cli:cli.help.exit-heading'),
    ...(['0', '1', '2', '141'] as const).flatMap((code) =>
      wrapIndented(t(`cli:cli.help.exit.${code}`), width, 7, `  ${code.padEnd(3)}  `),
    ),
    '',
    t('cli:cli.help.examples-heading'),
    ...examples,
  ];
  return `${lines.join('\n')}\n`;
}
