// Sends the fields' inputs to the core and maps every result and error back to its field.
import { checkCertificates, parseInput } from '../../lib/cert/index.ts';
import type { CheckReport, InputError, ServerResult } from '../../lib/cert/types.ts';
import type { CertSource } from './cert-field.ts';

/** One server row's input, keyed by the row so results find their row again. */
export interface ServerInput<Row> {
  readonly row: Row;
  readonly fqdn: string;
  readonly source: CertSource;
}

/** What a run gives the page: errors per input, results per row, and the report. */
export interface RunOutcome<Row> {
  readonly errors: ReadonlyMap<CertSource, InputError>;
  readonly results: ReadonlyMap<Row, ServerResult>;
  /** Null until at least one usable reference and one usable server exist. */
  readonly report: CheckReport | null;
  /** The sources the report's input indexes refer to. */
  readonly usedReferences: readonly CertSource[];
}

/** Parses every input, then checks the usable ones; inputs are never changed here. */
export async function runCheck<Row>(
  references: readonly CertSource[],
  servers: readonly ServerInput<Row>[],
  at: Date,
): Promise<RunOutcome<Row>> {
  const errors = new Map<CertSource, InputError>();
  const all = [...references, ...servers.map((server) => server.source)];
  const parsed = await Promise.all(all.map((source) => parseInput(source.bytes)));
  parsed.forEach((result, index) => {
    const source = all[index];
    if (!result.ok && source !== undefined) errors.set(source, result.error);
  });
  const usedReferences = references.filter((source) => !errors.has(source));
  const usedServers = servers.filter((server) => !errors.has(server.source));
  const results = new Map<Row, ServerResult>();
  if (usedReferences.length === 0 || usedServers.length === 0) {
    return { errors, results, report: null, usedReferences };
  }
  const report = await checkCertificates({
    references: usedReferences.map((source) => source.bytes),
    servers: usedServers.map((server) => ({ fqdn: server.fqdn, input: server.source.bytes })),
    at,
  });
  const failedServers = new Set<number>();
  for (const failure of report.failures) {
    const source =
      failure.input.kind === 'reference'
        ? usedReferences[failure.input.index]
        : usedServers[failure.input.index]?.source;
    if (failure.input.kind === 'server') failedServers.add(failure.input.index);
    if (source !== undefined) errors.set(source, failure.error);
  }
  // The report lists usable servers in the order given, skipping the failed ones.
  const usable = usedServers.filter((_, index) => !failedServers.has(index));
  usable.forEach((server, index) => {
    const result = report.servers[index];
    if (result !== undefined) results.set(server.row, result);
  });
  return { errors, results, report, usedReferences };
}
