// Turns argv into a typed request. Pure: no files, no environment, no output; every problem is
// collected (not just the first) so that one run tells the user everything to fix.
import { isLanguage, type Language } from '../i18n/languages.ts';
import { checkFqdnSyntax, fqdnMessageKeys } from '../lib/cert/index.ts';
import type { KeyOf } from '../i18n/translate.ts';
import { argTokens } from './arg-tokens.ts';
import { parseAt } from './parse-at.ts';
import { parseSource, parseTimeout, type SourceArg } from './parse-source.ts';

/** Output formats of `check`. */
export const formats = ['text', 'json', 'markdown'] as const;

/** One of the output formats. */
export type Format = (typeof formats)[number];

/** A problem with the arguments: a key in the `cli` namespace (or `messages`, when set) plus parameters. */
export type ArgError =
  | { readonly key: KeyOf<'cli'>; readonly params: ArgParams; readonly namespace?: undefined }
  /** A problem the core names (an FQDN that is not one), in its `messages` namespace. */
  | { readonly key: KeyOf<'messages'>; readonly params: ArgParams; readonly namespace: 'messages' };

/** Values for the placeholders of an argument problem's message. */
type ArgParams = Readonly<Record<string, string>>;

/** A server argument: FQDN as typed, and where its certificate comes from. */
export interface ServerArg {
  readonly fqdn: string;
  readonly source: SourceArg;
}

/** How long one TLS fetch may take, unless --timeout says otherwise. */
export const defaultTimeoutMs = 10_000;

/** A bundle argument: a file or standard input (a bundle is never fetched over TLS). */
export type BundleArg = Extract<SourceArg, { kind: 'file' | 'stdin' }>;

/** What the user asked for. `lang` is set whenever a valid --lang was given. */
export type ParsedArgs = { readonly lang: Language | undefined } & (
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'snippet' }
  | { readonly kind: 'error'; readonly errors: readonly ArgError[] }
  | {
      readonly kind: 'check';
      readonly references: readonly SourceArg[];
      readonly servers: readonly ServerArg[];
      /** Labelled bundles (the snippet's output), in the order given. */
      readonly bundles: readonly BundleArg[];
      readonly at: Date | undefined;
      readonly format: Format;
      readonly timeoutMs: number;
    }
);

const valueOptions = new Set<string>([
  'reference',
  'server',
  'bundle',
  'at',
  'lang',
  'format',
  'timeout',
]);
const isFormat = (value: string): value is Format => (formats as readonly string[]).includes(value);

/** Parses the arguments after the program name. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const errors: ArgError[] = [];
  const error = (key: KeyOf<'cli'>, params: Record<string, string> = {}): void => {
    errors.push({ key, params });
  };
  const references: SourceArg[] = [];
  const servers: ServerArg[] = [];
  const bundles: BundleArg[] = [];
  const seen = new Set<string>();
  // Options given at all, well-formed or not: a malformed --server is reported as such, never
  // also as a missing --server.
  const given = new Set<string>();
  const positionals: string[] = [];
  // Arguments already reported whole: a group of short options ("-hv") is one unknown option.
  const reported = new Set<number>();
  let help = false;
  let version = false;
  let lang: Language | undefined;
  let format: Format = 'text';
  let at: Date | undefined;
  let timeoutMs = defaultTimeoutMs;

  for (const token of argTokens(argv)) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    const arg = argv[token.index] ?? '';
    if (!token.rawName.startsWith('--') && token.rawName !== arg) {
      if (!reported.has(token.index)) error('cli.error.unknown-option', { option: arg });
      reported.add(token.index);
      continue;
    }
    const boolean = token.name === 'help' || token.name === 'version';
    if (boolean && token.value === undefined) {
      if (token.name === 'help') help = true;
      else version = true;
      continue;
    }
    const name = token.rawName;
    if (!valueOptions.has(token.name)) {
      error('cli.error.unknown-option', { option: name });
      continue;
    }
    given.add(name);
    const value = token.value;
    if (value === undefined || value === '') {
      error('cli.error.missing-value', { option: name });
      continue;
    }
    if (name !== '--reference' && name !== '--server' && name !== '--bundle') {
      if (seen.has(name)) error('cli.error.duplicate-option', { option: name });
      seen.add(name);
    }
    switch (name) {
      case '--reference': {
        const parsed = parseSource(value, 'reference');
        if (parsed.ok) references.push(parsed.source);
        else error(parsed.key, { value });
        break;
      }
      case '--server': {
        const split = value.indexOf('=');
        const fqdn = value.slice(0, Math.max(split, 0)).trim();
        const file = value.slice(split + 1);
        if (split <= 0 || fqdn === '' || file === '') {
          error('cli.error.server-syntax', { value });
          break;
        }
        const syntax = checkFqdnSyntax(fqdn);
        if (!syntax.ok) {
          errors.push({
            key: fqdnMessageKeys[syntax.code],
            params: { fqdn },
            namespace: 'messages',
          });
          break;
        }
        const parsed = parseSource(file, 'server');
        if (parsed.ok) servers.push({ fqdn: syntax.fqdn, source: parsed.source });
        else error(parsed.key, { value: file });
        break;
      }
      case '--bundle':
        bundles.push(value === '-' ? { kind: 'stdin' } : { kind: 'file', path: value });
        break;
      case '--timeout': {
        const parsed = parseTimeout(value);
        if (parsed === undefined) error('cli.error.timeout-invalid', { value });
        else timeoutMs = parsed;
        break;
      }
      case '--at': {
        const parsed = parseAt(value);
        if (parsed.ok) at = parsed.at;
        else error(parsed.key, { value });
        break;
      }
      case '--lang':
        if (isLanguage(value)) lang = value;
        else error('cli.error.unknown-lang', { value });
        break;
      case '--format':
        if (isFormat(value)) format = value;
        else error('cli.error.unknown-format', { value });
        break;
    }
  }

  if (help) return { kind: 'help', lang };
  if (version) return { kind: 'version', lang };
  const [command, ...rest] = positionals;
  if (command === undefined) error('cli.error.missing-command');
  else if (command !== 'check' && command !== 'snippet') {
    error('cli.error.unknown-command', { command });
  }
  for (const value of rest) error('cli.error.unexpected-argument', { value });
  if (command === 'snippet') {
    // The snippet takes no input: any option but --lang is a mistake worth saying.
    for (const option of given) {
      if (option !== '--lang') error('cli.error.unexpected-argument', { value: option });
    }
    if (errors.length > 0) return { kind: 'error', lang, errors };
    return { kind: 'snippet', lang };
  }
  // A bundle brings servers and, usually, its reference: whether it has one is known only
  // once it is read.
  if (command === 'check' && !given.has('--bundle')) {
    if (!given.has('--reference')) error('cli.error.missing-reference');
    if (!given.has('--server')) error('cli.error.missing-server');
  }
  const sources = [...references, ...servers.map((s) => s.source), ...bundles];
  if (sources.filter((source) => source.kind === 'stdin').length > 1) {
    error('cli.error.stdin-twice');
  }
  if (errors.length > 0) return { kind: 'error', lang, errors };
  return { kind: 'check', lang, references, servers, bundles, at, format, timeoutMs };
}
