// The CLI as a function of its inputs (argv, environment, streams, clock) to an exit code, so
// that main.ts only wires it to the process. Checker logic lives in the core, never here.
import { checkCertificates, maxInputBytes, parseInput, refuseRequest } from '../lib/cert/index.ts';
import type { CheckReport } from '../lib/cert/types.ts';
import { describeInput } from '../lib/report/render-input-failure.ts';
import { renderMarkdown } from '../lib/report/render-markdown.ts';
import { renderMessage } from '../lib/report/render-message.ts';
import { renderText } from '../lib/report/render-text.ts';
import { toJson } from '../lib/report/to-json.ts';
import type { InputSources, Translate } from '../lib/report/translate.ts';
import type { Language } from '../i18n/languages.ts';
import { helpText } from './help-text.ts';
import { parseArgs, type Format } from './parse-args.ts';
import { languageFromEnv, type Environment } from './pick-language.ts';
import { readFileSource, readStreamSource, type ReadResult } from './read-source.ts';
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

  const read = (file: string): Promise<ReadResult> =>
    file === '-'
      ? readStreamSource(io.stdin(), maxInputBytes)
      : readFileSource(file, maxInputBytes);
  const references = await Promise.all(args.references.map(read));
  const servers = await Promise.all(args.servers.map((s) => read(s.file)));
  const name = (file: string): string => (file === '-' ? t('cli:cli.input.stdin') : file);
  const sources: InputSources = {
    references: args.references.map(name),
    servers: args.servers.map((s) => name(s.file)),
  };

  // Every input is parsed on its own first, so that all unusable ones are named at once.
  const problems: InputProblem[] = [];
  const collect = async (
    result: ReadResult,
    input: Parameters<typeof describeInput>[0],
  ): Promise<Uint8Array> => {
    const described = describeInput(input, t, sources);
    if (!result.ok) {
      problems.push({ input: described, reason: t(`cli:${result.key}`, result.params) });
      return new Uint8Array();
    }
    const read = await parseInput(result.bytes);
    // A request is checked as a server's input; as a reference it names no CA.
    const parsed = input.kind === 'reference' ? refuseRequest(read) : read;
    if (!parsed.ok) {
      const { code, message } = parsed.error;
      problems.push({ input: described, reason: renderMessage(message, t, lang), code });
    }
    return result.bytes;
  };
  const referenceBytes: Uint8Array[] = [];
  for (const [index, result] of references.entries()) {
    referenceBytes.push(await collect(result, { kind: 'reference', index }));
  }
  const serverBytes: Uint8Array[] = [];
  for (const [index, result] of servers.entries()) {
    const fqdn = args.servers[index]?.fqdn ?? '';
    serverBytes.push(await collect(result, { kind: 'server', index, fqdn }));
  }
  if (problems.length > 0) {
    io.stderr(inputProblemsText(problems, t));
    return exitCodes.unusable;
  }

  const report = await checkCertificates({
    references: referenceBytes,
    servers: args.servers.map((s, index) => ({
      fqdn: s.fqdn,
      input: serverBytes[index] ?? new Uint8Array(),
    })),
    at: args.at ?? io.now(),
  });
  if (report.failures.length > 0) {
    io.stderr(
      inputProblemsText(
        report.failures.map((f) => ({
          input: describeInput(f.input, t, sources),
          reason: renderMessage(f.error.message, t, lang),
          code: f.error.code,
        })),
        t,
      ),
    );
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
