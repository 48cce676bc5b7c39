// Reads each --bundle and turns it into inputs of the check: its `# reference` blocks are
// references, each labelled server is a server input with its label, and certificates before any
// label are servers named by their SAN. What cannot be used is named by the bundle and the line.
import {
  maxBundleBytes,
  parseInput,
  readBundleLater,
  serversBySan,
  type InputErrorCode,
  type ParseResult,
} from '../lib/cert/index.ts';
import {
  renderMessage,
  sourceName,
  type InputSource,
  type Translate,
} from '../lib/report/index.ts';
import type { Language } from '../i18n/languages.ts';
import type { BundleArg } from './parse-args.ts';
import { readFileSource, readStreamSource } from './read-source.ts';
import type { InputProblem } from './report-problems.ts';

/** One input taken from a bundle: its bytes to parse, or (by SAN) its parse already made. */
export interface BundledInput {
  readonly source: InputSource;
  /** Where in which bundle, for messages: `bundle.txt, line 12`. */
  readonly where: string;
  readonly fqdn?: string;
  readonly label?: string;
  readonly input: { readonly bytes: Uint8Array } | { readonly parsed: ParseResult };
}

/** The inputs of every bundle, and the problems found while reading them. */
export interface BundledInputs {
  readonly references: readonly BundledInput[];
  readonly servers: readonly BundledInput[];
  readonly problems: readonly InputProblem[];
  /** Whether every bundle could be read (else a missing reference or server is no news). */
  readonly read: boolean;
}

/** Reads the bundles in the order given; `stdin` is read at most once (the arguments ensure it). */
export async function readBundles(
  bundles: readonly BundleArg[],
  stdin: () => AsyncIterable<Uint8Array | string>,
  t: Translate,
  lang: Language,
): Promise<BundledInputs> {
  const references: BundledInput[] = [];
  const servers: BundledInput[] = [];
  const problems: InputProblem[] = [];
  let read = true;
  for (const arg of bundles) {
    const name = sourceName(arg, t);
    const bundle = t('cli:cli.input.bundle', { source: name });
    const loaded =
      arg.kind === 'stdin'
        ? await readStreamSource(stdin(), maxBundleBytes)
        : await readFileSource(arg.path, maxBundleBytes);
    if (!loaded.ok) {
      problems.push({ input: bundle, reason: t(`cli:${loaded.key}`, loaded.params) });
      read = false;
      continue;
    }
    const result = await readBundleLater(loaded.bytes);
    if (!result.ok) {
      const { code, message } = result.error;
      problems.push({ input: bundle, reason: renderMessage(message, t, lang), code });
      read = false;
      continue;
    }
    for (const entry of result.entries) {
      const where = t('cli:cli.input.bundle-line', { source: name, line: String(entry.line) });
      const bytes = new TextEncoder().encode(entry.text);
      if (entry.kind === 'reference') {
        if (entry.problem) problems.push(entryProblem(where, entry.problem.message, t, lang));
        else references.push({ source: arg, where, input: { bytes } });
      } else if (entry.kind === 'server') {
        if (entry.problem) {
          const input = t('bundle:report.input.server-label-source', {
            fqdn: entry.fqdn,
            label: entry.label,
            source: where,
          });
          problems.push({ input, reason: renderMessage(entry.problem.message, t, lang) });
        } else {
          const { fqdn, label } = entry;
          servers.push({ source: arg, where, fqdn, label, input: { bytes } });
        }
      } else {
        const parsed = await parseInput(bytes);
        const unlabelled = t('cli:cli.input.bundle-unlabelled', { source: where });
        if (!parsed.ok) {
          problems.push(entryProblem(unlabelled, parsed.error.message, t, lang, parsed.error.code));
          continue;
        }
        for (const server of serversBySan(parsed)) {
          if (server.fqdn === null) {
            problems.push({ input: unlabelled, reason: t('cli:cli.error.bundle-no-dns-name') });
          } else {
            servers.push({
              source: arg,
              where,
              fqdn: server.fqdn,
              input: { parsed: server.parsed },
            });
          }
        }
      }
    }
  }
  return { references, servers, problems, read };
}

function entryProblem(
  input: string,
  message: Parameters<typeof renderMessage>[0],
  t: Translate,
  lang: Language,
  code?: InputErrorCode,
): InputProblem {
  const reason = renderMessage(message, t, lang);
  return code === undefined ? { input, reason } : { input, reason, code };
}
