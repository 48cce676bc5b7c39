// The whole run: parse every input, pick the reference CAs, judge each server. An unusable input
// becomes a failure entry and never stops the others from being checked.
import type {
  CertificateInfo,
  CheckReport,
  CheckRequest,
  InputFailure,
  RequestInfo,
  ServerResult,
} from './types.ts';
import { parseInput } from './parse-input.ts';
import { selectReferenceCas } from './reference-cas.ts';
import { checkServer } from './check-server.ts';
import { checkRequest } from './check-request.ts';
import { refuseRequest } from './request-input.ts';
import { worst } from './status.ts';

/** Runs the whole check; never throws. */
export async function checkCertificates(request: CheckRequest): Promise<CheckReport> {
  const failures: InputFailure[] = [];
  const references: CertificateInfo[] = [];
  // All inputs parse at once so that their WebCrypto digests overlap; results keep input order.
  const [parsedReferences, parsedServers] = await Promise.all([
    Promise.all(request.references.map(async (bytes) => refuseRequest(await parseInput(bytes)))),
    Promise.all(
      request.servers.map(async (server) => ({ server, parsed: await parseInput(server.input) })),
    ),
  ]);
  for (const [index, parsed] of parsedReferences.entries()) {
    if (parsed.ok) references.push(...parsed.certificates);
    else failures.push({ input: { kind: 'reference', index }, error: parsed.error });
  }
  const servers: {
    fqdn: string;
    certificates: readonly CertificateInfo[];
    request?: RequestInfo | undefined;
  }[] = [];
  for (const [index, { server, parsed }] of parsedServers.entries()) {
    if (parsed.ok)
      servers.push({
        fqdn: server.fqdn,
        certificates: parsed.certificates,
        request: parsed.request,
      });
    else
      failures.push({ input: { kind: 'server', index, fqdn: server.fqdn }, error: parsed.error });
  }
  const base = { checkedAt: request.at, failures };
  if (references.length === 0) {
    return { ...base, verdict: 'fail', referenceCas: [], servers: [], missingReference: true };
  }
  const pool = [...references, ...servers.flatMap((s) => s.certificates)];
  const cas = await selectReferenceCas(references, pool);
  // Servers are judged at once too (their signature checks overlap), and reported in order.
  const judged = await Promise.all(
    servers.map((server) =>
      server.request
        ? checkRequest(server.fqdn, server.request)
        : checkServer(server.fqdn, server.certificates, cas, request.at),
    ),
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
