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
import { helpText } from './help-text.ts';
import { loadSource, type LoadResult } from './load-source.ts';
import { limitConcurrency } from './limit-concurrency.ts';
import { parseArgs, type Format } from './parse-args.ts';
import type { SourceArg } from './parse-source.ts';
import { languageFromEnv, type Environment } from './pick-language.ts';
import { argumentErrorsText, inputProblemsText, type InputProblem } from './report-problems.ts';
import { cliTranslator } from './translator.ts';

/** Everything the CLI touches, injected. */
export interface CliIo {
  readonly argv: readonly string[];
  readonly env: Environment;
  readonly stdin: () => AsyncIterable<Uint8Array | string>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether standard output is a terminal (colour is used only then, and without NO_COLOR). */
  readonly stdoutIsTty: boolean;
  readonly now: () => Date;
  readonly version: string;
}

/** Exit statuses of docs/checker-contract.md. */
export const exitCodes = { ok: 0, serverFails: 1, unusable: 2 } as const;

/** How many servers are fetched over TLS at once (in parallel, politely). */
export const fetchConcurrency = 8;

/** Runs the CLI and returns its exit status. */
export async function run(io: CliIo): Promise<number> {
  const args = parseArgs(io.argv);
  const lang = args.lang ?? languageFromEnv(io.env);
  const t = cliTranslator(lang);
  switch (args.kind) {
    case 'help':
      io.stdout(helpText(t, io.version));
      return exitCodes.ok;
    case 'version':
      io.stdout(`${io.version}\n`);
      return exitCodes.ok;
    case 'error':
      io.stderr(argumentErrorsText(args.errors, t));
      return exitCodes.unusable;
  }

  const inputs = [
    ...args.references.map((source, index) => ({
      source,
      fqdn: undefined,
      input: { kind: 'reference' as const, index },
    })),
    ...args.servers.map((server, index) => ({
      source: server.source,
      fqdn: server.fqdn,
      input: { kind: 'server' as const, index, fqdn: server.fqdn },
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
  const loaded = await Promise.all(inputs.map((i) => loadSource(i.source, i.fqdn, context)));
  // Each input is parsed once, here; the check takes these results, and the problems named
  // below are the ones the check would have found.
  const parsed = await Promise.all(
    loaded.map(async (result, position) => {
      if (!result.ok) return null;
      const read = await parseInput(result.bytes);
      // A request is checked as a server's input; as a reference it names no CA.
      return inputs[position]?.input.kind === 'reference' ? refuseRequest(read) : read;
    }),
  );
  const sourceOf = (result: LoadResult | undefined): InputSource | undefined =>
    result?.ok === true ? result.source : undefined;
  const sources: InputSources = {
    references: loaded.slice(0, args.references.length).map(sourceOf),
    servers: loaded.slice(args.references.length).map(sourceOf),
  };

  // Unusable inputs are named as typed: a TLS source by the address it was fetched from.
  const address = (source: SourceArg, fqdn?: string): SourceAddress =>
    source.kind === 'tls' ? { ...source, host: source.host ?? fqdn ?? '' } : source;
  const addresses: InputSources<SourceAddress> = {
    references: args.references.map((source) => address(source)),
    servers: args.servers.map((server) => address(server.source, server.fqdn)),
  };
  const problems: InputProblem[] = [];
  for (const [position, { input }] of inputs.entries()) {
    const result = loaded[position];
    const outcome = parsed[position];
    const described = describeInput(input, t, addresses);
    if (result !== undefined && !result.ok) {
      problems.push({ input: described, reason: t(`cli:${result.key}`, result.params) });
    } else if (outcome?.ok === false) {
      const { code, message } = outcome.error;
      problems.push({ input: described, reason: renderMessage(message, t, lang), code });
    }
  }
  if (problems.length > 0) {
    io.stderr(inputProblemsText(problems, t));
    return exitCodes.unusable;
  }

  const usable = parsed.filter((p): p is ParsedInput => p !== null);
  const report = await checkParsed({
    references: usable.slice(0, args.references.length),
    servers: args.servers.map((server, index) => ({
      fqdn: server.fqdn,
      parsed: usable[args.references.length + index] as ParseResult,
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
    io.stderr(inputProblemsText(refused, t));
    return exitCodes.unusable;
  }
  const color = io.stdoutIsTty && io.env['NO_COLOR'] === undefined;
  io.stdout(render(report, args.format, { t, lang, sources, color }));
  return report.verdict === 'fail' ? exitCodes.serverFails : exitCodes.ok;
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
