// Runs one hostile input through the checker core and judges the outcome: the core must answer
// (never throw), answer with a known shape, and say which exit status the CLI owes for it; and
// the terminal report of it must hold no control or bidirectional character (issue 25).
import process from 'node:process';
import {
  checkCertificates,
  checkIds,
  parseInput,
  type CheckReport,
} from '../../src/lib/cert/index.ts';
import { cliTranslator } from '../../src/cli/translator.ts';
import { renderText } from '../../src/lib/report/index.ts';
import english from '../../locales/en/messages.json' with { type: 'json' };
import type { HostileInput } from './hostile-inputs.ts';
import type { FuzzMaterial } from './material.ts';

/** What the core did with one input. */
export interface CoreOutcome {
  /** Why the outcome is wrong (a throw, a wrong shape, not what the input expects), or null. */
  readonly crash: string | null;
  /** Milliseconds for parsing the input and checking it (wall time). */
  readonly ms: number;
  /** CPU milliseconds of this process meanwhile: what the input costs, however busy the machine. */
  readonly cpuMs: number;
  /** The exit status the CLI must give for the same arguments. */
  readonly exitCode: 0 | 1 | 2;
}

const knownCodes = new Set(
  Object.keys(english)
    .filter((key) => key.startsWith('input.error.'))
    // Plural forms (`too-large_one`, `too-large_other`) are one code.
    .map((key) => key.slice('input.error.'.length).replace(/_(zero|one|two|few|many|other)$/, '')),
);

/** Why a report does not say what the input's expectation asks (issue 25); or null. */
function expectationProblem(report: CheckReport, input: HostileInput): string | null {
  const sameCa = report.servers[0]?.checks[0]?.status;
  if (input.expect?.noPass && sameCa === 'pass') return 'an impostor passed the same-CA check';
  const code = input.expect?.code;
  if (code && !report.failures.some((f) => f.error.code === code))
    return `not refused with ${code}`;
  return null;
}

const t = cliTranslator('en');
// Escaped, these are shown as `\u202e`; raw, they would reorder or control the terminal.
const unsafe =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Why a report does not have the shape the contract promises for one hostile input; or null. */
function shapeProblem(report: CheckReport, input: HostileInput): string | null {
  const expectation = expectationProblem(report, input);
  if (expectation) return expectation;
  const shown = renderText(report, { t, lang: 'en' }).match(unsafe)?.[0];
  if (shown !== undefined) return `U+${shown.codePointAt(0)?.toString(16)} in the terminal report`;
  for (const failure of report.failures)
    if (!knownCodes.has(failure.error.code)) return `unknown error code ${failure.error.code}`;
  if (report.missingReference) return input.role === 'reference' ? null : 'good reference lost';
  const serverEntries =
    report.servers.length + report.failures.filter((f) => f.input.kind === 'server').length;
  if (input.role === 'server' && serverEntries !== 1) return `${serverEntries} server entries`;
  for (const server of report.servers)
    if (server.checks.length !== checkIds.length) return `${server.checks.length} checks`;
  return null;
}

/** The exit status of docs/checker-contract.md for a report. */
export function exitCodeOf(report: CheckReport): 0 | 1 | 2 {
  if (report.missingReference || report.failures.length > 0) return 2;
  return report.verdict === 'fail' ? 1 : 0;
}

/** Parses and checks one input as its role says, against the good reference or server. */
export async function runCore(input: HostileInput, m: FuzzMaterial): Promise<CoreOutcome> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const spent = () => {
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
  };
  try {
    const parsed = await parseInput(input.bytes);
    if (!parsed.ok && !knownCodes.has(parsed.error.code))
      return { crash: `unknown code ${parsed.error.code}`, ...spent(), exitCode: 2 };
    if (parsed.ok && parsed.certificates.length === 0)
      return { crash: 'ok without certificates', ...spent(), exitCode: 2 };
    const report = await checkCertificates({
      references: [input.role === 'reference' ? input.bytes : m.reference],
      servers: [input.role === 'server' ? { fqdn: m.server.fqdn, input: input.bytes } : m.server],
      at: m.now,
    });
    return { crash: shapeProblem(report, input), ...spent(), exitCode: exitCodeOf(report) };
  } catch (cause) {
    const crash = cause instanceof Error ? (cause.stack ?? cause.message) : String(cause);
    return { crash, ...spent(), exitCode: 2 };
  }
}
