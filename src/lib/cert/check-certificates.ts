// The whole run: parse every input, pick the reference CAs, judge each server. An unusable input
// becomes a failure entry and never stops the others from being checked.
import type {
  CertificateInfo,
  CheckReport,
  CheckRequest,
  InputFailure,
  ParseResult,
  ServerResult,
} from './types.ts';
import { parseInput } from './parse-input.ts';
import { selectReferenceCas } from './reference-cas.ts';
import { checkServer } from './check-server.ts';
import { worst } from './status.ts';

/** Inputs a front end has already parsed (with `parseInput`), in the order given. */
export interface ParsedCheckRequest {
  readonly references: readonly ParseResult[];
  readonly servers: readonly { readonly fqdn: string; readonly parsed: ParseResult }[];
  readonly at: Date;
}

/** Runs the whole check; never throws. */
export async function checkCertificates(request: CheckRequest): Promise<CheckReport> {
  // All inputs parse at once so that their WebCrypto digests overlap; results keep input order.
  const [references, servers] = await Promise.all([
    Promise.all(request.references.map((bytes) => parseInput(bytes))),
    Promise.all(
      request.servers.map(async (server) => ({
        fqdn: server.fqdn,
        parsed: await parseInput(server.input),
      })),
    ),
  ]);
  return checkParsed({ references, servers, at: request.at });
}

/** Runs the whole check on inputs parsed before (a front end that names problems first). */
export async function checkParsed(request: ParsedCheckRequest): Promise<CheckReport> {
  const failures: InputFailure[] = [];
  const references: CertificateInfo[] = [];
  for (const [index, parsed] of request.references.entries()) {
    if (parsed.ok) references.push(...parsed.certificates);
    else failures.push({ input: { kind: 'reference', index }, error: parsed.error });
  }
  const servers: { fqdn: string; certificates: readonly CertificateInfo[] }[] = [];
  for (const [index, { fqdn, parsed }] of request.servers.entries()) {
    if (parsed.ok) servers.push({ fqdn, certificates: parsed.certificates });
    else failures.push({ input: { kind: 'server', index, fqdn }, error: parsed.error });
  }
  const base = { checkedAt: request.at, failures };
  if (references.length === 0) {
    return { ...base, verdict: 'fail', referenceCas: [], servers: [], missingReference: true };
  }
  const pool = [...references, ...servers.flatMap((s) => s.certificates)];
  const cas = await selectReferenceCas(references, pool);
  // Servers are judged at once too (their signature checks overlap), and reported in order.
  const judged = await Promise.all(
    servers.map((server) => checkServer(server.fqdn, server.certificates, cas, request.at)),
  );
  const results = judged.filter((result): result is ServerResult => result !== null);
  return {
    ...base,
    // Unusable server inputs fail the run too, so that nothing slips through as a pass.
    verdict: worst([
      ...results.map((r) => r.verdict),
      ...(failures.length > 0 ? ['fail' as const] : []),
    ]),
    referenceCas: cas.map((ca) => ({ subject: ca.name.text, keyId: ca.keyId })),
    servers: results,
    missingReference: false,
  };
}
