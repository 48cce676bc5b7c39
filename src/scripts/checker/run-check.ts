// Sends the fields' inputs to the core in one run and maps every result and error back to its
// field. The core parses each input once; unusable inputs come back as failures.
import { checkCertificates } from '../../lib/cert/index.ts';
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
  /** True when some reference input was usable. */
  readonly hasReference: boolean;
}

/** Checks all inputs; inputs are never changed here. */
export async function runCheck<Row>(
  references: readonly CertSource[],
  servers: readonly ServerInput<Row>[],
  at: Date,
): Promise<RunOutcome<Row>> {
  const errors = new Map<CertSource, InputError>();
  const results = new Map<Row, ServerResult>();
  if (references.length === 0 && servers.length === 0) {
    return { errors, results, report: null, hasReference: false };
  }
  const report = await checkCertificates({
    references: references.map((source) => source.bytes),
    servers: servers.map((server) => ({ fqdn: server.fqdn, input: server.source.bytes })),
    at,
  });
  const failedServers = new Set<number>();
  for (const failure of report.failures) {
    const source =
      failure.input.kind === 'reference'
        ? references[failure.input.index]
        : servers[failure.input.index]?.source;
    if (failure.input.kind === 'server') failedServers.add(failure.input.index);
    if (source !== undefined) errors.set(source, failure.error);
  }
  const hasReference = report.referenceCas.length > 0 && report.missingReference !== true;
  if (!hasReference) return { errors, results, report: null, hasReference };
  // The report lists usable servers in the order given, skipping unusable ones; FQDNs confirm
  // the pairing, since rows may share an FQDN.
  let next = 0;
  servers.forEach((server, index) => {
    const result = report.servers[next];
    if (failedServers.has(index) || result?.fqdn !== server.fqdn) return;
    results.set(server.row, result);
    next += 1;
  });
  return { errors, results, report: report.servers.length > 0 ? report : null, hasReference };
}
