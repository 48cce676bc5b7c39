// Splits argv into option and positional tokens with node:util's parseArgs (strict off), and no
// more: what a token means, and every error, is parse-args.ts's to decide, so that one run names
// every problem. Where parseArgs would differ from what users were told, the tokens are mended.
import { parseArgs as tokenize } from 'node:util';

/** The options as parseArgs knows them: which take a value, and -h for --help. */
const config = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  reference: { type: 'string' },
  server: { type: 'string' },
  bundle: { type: 'string' },
  at: { type: 'string' },
  lang: { type: 'string' },
  format: { type: 'string' },
  timeout: { type: 'string' },
} as const;

/** One argument as split by parseArgs: an option (with its value, if any) or a positional. */
export type Token = Exclude<SplitToken, { kind: 'option-terminator' }>;
type SplitToken = NonNullable<ReturnType<typeof tokenize>['tokens']>[number];

// A long option given as the value of another ("--reference --server x=y") means a forgotten
// value, not a file named "--server"; "--" ends nothing here, it is an unknown option.
const forgottenValue = (token: SplitToken): boolean =>
  token.kind === 'option' &&
  token.inlineValue === false &&
  token.value.startsWith('--') &&
  token.value.length > 2;

/**
 * Splits argv with parseArgs; where parseArgs took another long option as a value, that option
 * loses its value and splitting starts again at the one taken, and "--" is kept as an option.
 */
export function argTokens(argv: readonly string[]): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  while (start < argv.length) {
    const split = tokenize({
      args: argv.slice(start),
      options: config,
      strict: false,
      allowPositionals: true,
      tokens: true,
    }).tokens;
    const cut = split.findIndex(
      (token) => token.kind === 'option-terminator' || forgottenValue(token),
    );
    const taken = cut < 0 ? split : split.slice(0, cut + 1);
    for (const token of taken) {
      const index = start + token.index;
      if (token.kind === 'option-terminator') {
        tokens.push({
          kind: 'option',
          index,
          name: '--',
          rawName: '--',
          value: undefined,
          inlineValue: undefined,
        });
      } else if (token.kind === 'option' && forgottenValue(token)) {
        tokens.push({ ...token, index, value: undefined, inlineValue: undefined });
      } else tokens.push({ ...token, index });
    }
    const last = taken[taken.length - 1];
    if (cut < 0 || last === undefined) break;
    start += last.index + 1;
  }
  return tokens;
}
