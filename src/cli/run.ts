// The CLI as a function of its inputs (argv, environment, streams, clock) to an exit code, so
// that main.ts only wires it to the process. Checker logic lives in the core, never here.
import {
  checkParsed,
  maxInputBytes,
  parseInput,
  refuseRequest,
  type CheckReport,
} from '../lib/cert/index.ts';
import type { ParsedInput, ParseResult } from '../lib/cert/index.ts';
import {
  describeInput,
  renderMarkdown,
  renderMessage,
  renderText,
  toJson,
  type InputSource,
  type InputSources,
  type SourceAddress,
  type Translate,
} from '../lib/report/index.ts';
import type { Language } from '../i18n/languages.ts';
import { readBundles, type BundledInput } from './bundle-inputs.ts';
import { helpText } from './help-text.ts';
import { loadSource, type LoadResult } from './load-source.ts';
import { limitConcurrency } from './limit-concurrency.ts';
import { parseArgs, type ArgError, type Format } from './parse-args.ts';
import type { SourceArg } from './parse-source.ts';
import { languageFromEnv, type Environment } from './pick-language.ts';
import {
  argumentErrorsText,
  inputProblemsText,
  outputErrorText,
  type InputProblem,
} from './report-problems.ts';
import { loadCliTranslator } from './load-translator.ts';

/** Everything the CLI touches, injected. */
export interface CliIo {
  readonly argv: readonly string[];
  readonly env: Environment;
  readonly stdin: () => AsyncIterable<Uint8Array | string>;
  /** Writes to standard output; rejects (with the system's error code) when it cannot. */
  readonly stdout: (text: string) => Promise<void>;
  /** Writes to standard error; rejects (with the system's error code) when it cannot. */
  readonly stderr: (text: string) => Promise<void>;
  /** Whether standard output is a terminal (colour is used only then, and without NO_COLOR). */
  readonly stdoutIsTty: boolean;
  readonly now: () => Date;
  readonly version: string;
}

/** Exit statuses of docs/checker-contract.md; 141 is a shell's status for a SIGPIPE death. */
export const exitCodes = { ok: 0, serverFails: 1, unusable: 2, closedPipe: 141 } as const;

/** How many servers are fetched over TLS at once (in parallel, politely). */
export const fetchConcurrency = 8;

const errorCode = (cause: unknown): string =>
  typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : 'EIO';

/** Writes `text` and returns `status`, or the status that a failed write means instead. */
async function emit(
  io: CliIo,
  t: Translate,
  stream: 'stdout' | 'stderr',
  text: string,
  status: number,
): Promise<number> {
  try {
    await io[stream](text);
    return status;
  } catch (cause) {
    const code = errorCode(cause);
    // The reader is gone (`| head`): nobody is left to tell, so stop quietly, as a Unix tool
    // that the SIGPIPE signal ends does. Node ignores that signal, so this is said in code.
    if (code === 'EPIPE') return exitCodes.closedPipe;
    // A report cut short must not read as a verdict: say so once, and exit as unusable.
    if (stream === 'stdout') {
      await io.stderr(outputErrorText(code, t)).catch(() => undefined);
    }
    return exitCodes.unusable;
  }
}

/** Runs the CLI and returns its exit status. */
export async function run(io: CliIo): Promise<number> {
  const args = parseArgs(io.argv);
  const lang = args.lang ?? languageFromEnv(io.env);
  const t = await loadCliTranslator(lang);
  switch (args.kind) {
    case 'help':
      return emit(io, t, 'stdout', helpText(t, io.version), exitCodes.ok);
    case 'version':
      return emit(io, t, 'stdout', `${io.version}\n`, exitCodes.ok);
    case 'snippet': {
      // Loaded only for this command: no check needs the script's text.
      const { snippetText } = await import('../lib/snippet/snippet.ts');
      return emit(io, t, 'stdout', snippetText, exitCodes.ok);
    }
    case 'error':
      return emit(io, t, 'stderr', argumentErrorsText(args.errors, t), exitCodes.unusable);
  }

  const bundled = await readBundles(args.bundles, io.stdin, t, lang);
  if (bundled.read && bundled.problems.length === 0) {
    // Only bundles read without a problem can be missing their reference or their servers (an
    // unusable label may have been the one server).
    const missing: ArgError[] = [];
    if (args.references.length + bundled.references.length === 0) {
      missing.push({ key: 'cli.error.bundle-without-reference', params: {} });
    }
    if (args.servers.length + bundled.servers.length === 0) {
      missing.push({ key: 'cli.error.bundle-without-servers', params: {} });
    }
    if (missing.length > 0) {
      return emit(io, t, 'stderr', argumentErrorsText(missing, t), exitCodes.unusable);
    }
  }
  const fromBundle = (bundle: BundledInput): SourceArg => bundle.source;
  const references = [...args.references, ...bundled.references.map(fromBundle)];
  const serverArgs = [
    ...args.servers.map((server) => ({ ...server, label: undefined, bundle: undefined })),
    ...bundled.servers.map((bundle) => ({
      fqdn: bundle.fqdn ?? '',
      source: bundle.source,
      label: bundle.label,
      bundle,
    })),
  ];
  const bundleOf = [
    ...args.references.map(() => undefined),
    ...bundled.references,
    ...serverArgs.map((server) => server.bundle),
  ];
  const inputs = [
    ...references.map((source, index) => ({
      source,
      fqdn: undefined,
      input: { kind: 'reference' as const, index },
    })),
    ...serverArgs.map((server, index) => ({
      source: server.source,
      fqdn: server.fqdn,
      input: {
        kind: 'server' as const,
        index,
        fqdn: server.fqdn,
        ...(server.label === undefined ? {} : { label: server.label }),
      },
    })),
  ];
  const context = {
    stdin: io.stdin,
    now: io.now,
    limit: maxInputBytes,
    timeoutMs: args.timeoutMs,
    fetchSlot: limitConcurrency(fetchConcurrency),
  };
  // Results stay in argument order whatever order the fetches finish in.
  const loaded = await Promise.all(
    inputs.map((i, position) => {
      const bundle = bundleOf[position];
      if (bundle === undefined) return loadSource(i.source, i.fqdn, context);
      const bytes = 'bytes' in bundle.input ? bundle.input.bytes : new Uint8Array();
      return Promise.resolve<LoadResult>({ ok: true, bytes, source: bundle.source });
    }),
  );
  // Each input is parsed once, here; the check takes these results, and the problems named
  // below are the ones the check would have found.
  const parsed = await Promise.all(
    loaded.map(async (result, position) => {
      if (!result.ok) return null;
      const bundle = bundleOf[position];
      const read =
        bundle !== undefined && 'parsed' in bundle.input
          ? bundle.input.parsed
          : await parseInput(result.bytes);
      // A request is checked as a server's input; as a reference it names no CA.
      return inputs[position]?.input.kind === 'reference' ? refuseRequest(read) : read;
    }),
  );
  const sourceOf = (result: LoadResult | undefined): InputSource | undefined =>
    result?.ok === true ? result.source : undefined;
  const sources: InputSources = {
    references: loaded.slice(0, references.length).map(sourceOf),
    servers: loaded.slice(references.length).map(sourceOf),
  };

  // Unusable inputs are named as typed: a TLS source by the address it was fetched from.
  const address = (source: SourceArg, fqdn?: string): SourceAddress =>
    source.kind === 'tls' ? { ...source, host: source.host ?? fqdn ?? '' } : source;
  const addresses: InputSources<SourceAddress> = {
    references: references.map((source) => address(source)),
    servers: serverArgs.map((server) => address(server.source, server.fqdn)),
  };
  const problems: InputProblem[] = [...bundled.problems];
  for (const [position, { input }] of inputs.entries()) {
    const result = loaded[position];
    const outcome = parsed[position];
    const bundle = bundleOf[position];
    // A bundle's input is named by the bundle and the line of its label.
    const described = describeInput(
      input,
      t,
      bundle === undefined ? addresses : bundleAddress(input, bundle),
    );
    if (result !== undefined && !result.ok) {
      problems.push({ input: described, reason: t(`cli:${result.key}`, result.params) });
    } else if (outcome?.ok === false) {
      const { code, message } = outcome.error;
      problems.push({ input: described, reason: renderMessage(message, t, lang), code });
    }
  }
  if (problems.length > 0) {
    return emit(io, t, 'stderr', inputProblemsText(problems, t), exitCodes.unusable);
  }

  const usable = parsed.filter((p): p is ParsedInput => p !== null);
  const report = await checkParsed({
    references: usable.slice(0, references.length),
    servers: serverArgs.map((server, index) => ({
      fqdn: server.fqdn,
      parsed: usable[references.length + index] as ParseResult,
      label: server.label,
    })),
    at: args.at ?? io.now(),
  });
  // Inputs the core refused only while checking (too many signature checks) are unusable too.
  if (report.failures.length > 0) {
    const refused = report.failures.map((f) => ({
      input: describeInput(f.input, t, addresses),
      reason: renderMessage(f.error.message, t, lang),
      code: f.error.code,
    }));
    return emit(io, t, 'stderr', inputProblemsText(refused, t), exitCodes.unusable);
  }
  const color = io.stdoutIsTty && io.env['NO_COLOR'] === undefined;
  const status = report.verdict === 'fail' ? exitCodes.serverFails : exitCodes.ok;
  return emit(io, t, 'stdout', render(report, args.format, { t, lang, sources, color }), status);
}

function render(
  report: CheckReport,
  format: Format,
  options: { t: Translate; lang: Language; sources: InputSources; color: boolean },
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(toJson(report, options.t, options), null, 2)}\n`;
    case 'markdown':
      return renderMarkdown(report, options);
    case 'text':
      return renderText(report, options);
  }
}

/** Names a bundle's input by its bundle and line (`bundle.txt, line 12`) in messages. */
function bundleAddress(
  input: { readonly kind: 'reference' | 'server'; readonly index: number },
  bundle: BundledInput,
): InputSources<SourceAddress> {
  const at: SourceAddress[] = [];
  at[input.index] = { kind: 'file', path: bundle.where };
  return input.kind === 'reference' ? { references: at } : { servers: at };
}
