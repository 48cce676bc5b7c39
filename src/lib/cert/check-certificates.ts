// The whole run: parse every input, pick the reference CAs, judge each server. An unusable input
// becomes a failure entry and never stops the others from being checked.
import type {
  CertificateInfo,
  CheckReport,
  CheckRequest,
  InputFailure,
  ParseResult,
  RequestInfo,
  RequestResult,
  ServerResult,
} from './types.ts';
import { chooseCertificate, checkServer } from './check-server.ts';
import { platformCrypto, type CryptoProvider } from './crypto-provider.ts';
import { inputError } from './input-error.ts';
import { IssuerIndex } from './issuer-index.ts';
import { parseInput } from './parse-input.ts';
import { referenceCheckCount, selectReferenceCas } from './reference-cas.ts';
import { sameCaChecks } from './same-ca.ts';
import { SignatureBudget } from './signature-budget.ts';
import { refuseRequest } from './request-input.ts';
import { worst } from './status.ts';

/** An input refused because checking it would pass the run's cap on signature checks. */
const overBudget = (budget: SignatureBudget) =>
  inputError('too-many-signatures', { limit: budget.limit });

/**
 * A request's checks, loaded with its first request: inputs of certificates alone never load
 * them (the request reader itself is loaded the same way).
 */
async function judgeRequest(fqdn: string, request: RequestInfo): Promise<RequestResult> {
  const { checkRequest } = await import('./check-request.ts');
  return checkRequest(fqdn, request);
}

/** Failures in report order: references first, each kind in the order given. */
const byInput = (a: InputFailure, b: InputFailure): number =>
  a.input.kind === b.input.kind
    ? a.input.index - b.input.index
    : a.input.kind === 'reference'
      ? -1
      : 1;

/** Inputs a front end has already parsed (with `parseInput`), in the order given. */
export interface ParsedCheckRequest {
  readonly references: readonly ParseResult[];
  readonly servers: readonly { readonly fqdn: string; readonly parsed: ParseResult }[];
  readonly at: Date;
}

/** Runs the whole check with `crypto`'s signature checks (the platform's by default); never throws. */
export async function checkCertificates(
  request: CheckRequest,
  crypto: CryptoProvider = platformCrypto(),
): Promise<CheckReport> {
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
  return checkParsed({ references, servers, at: request.at }, crypto);
}

/** Runs the whole check on inputs parsed before (a front end that names problems first). */
export async function checkParsed(
  request: ParsedCheckRequest,
  crypto: CryptoProvider = platformCrypto(),
): Promise<CheckReport> {
  const failures: InputFailure[] = [];
  const referenceInputs: { index: number; certificates: readonly CertificateInfo[] }[] = [];
  // A request is checked as a server's input; as a reference it names no CA.
  for (const [index, parsed] of request.references.map(refuseRequest).entries()) {
    if (parsed.ok) referenceInputs.push({ index, certificates: parsed.certificates });
    else failures.push({ input: { kind: 'reference', index }, error: parsed.error });
  }
  const servers: {
    index: number;
    fqdn: string;
    certificates: readonly CertificateInfo[];
    request?: RequestInfo | undefined;
  }[] = [];
  for (const [index, { fqdn, parsed }] of request.servers.entries()) {
    if (parsed.ok)
      servers.push({ index, fqdn, certificates: parsed.certificates, request: parsed.request });
    else failures.push({ input: { kind: 'server', index, fqdn }, error: parsed.error });
  }
  const serverCertificates = servers.flatMap((s) => s.certificates);
  // Every signature check of the run is counted before it is made: a reference input, then a
  // server, whose checks would pass the cap is refused, in the order the inputs were given.
  const budget = new SignatureBudget(crypto);
  const allIndex = new IssuerIndex([
    ...referenceInputs.flatMap((r) => r.certificates),
    ...serverCertificates,
  ]);
  const references: CertificateInfo[] = [];
  for (const { index, certificates } of referenceInputs) {
    if (budget.reserve(referenceCheckCount(certificates, allIndex)))
      references.push(...certificates);
    else failures.push({ input: { kind: 'reference', index }, error: overBudget(budget) });
  }
  const base = { checkedAt: request.at, failures };
  if (references.length === 0) {
    failures.sort(byInput);
    return { ...base, verdict: 'fail', referenceCas: [], servers: [], missingReference: true };
  }
  // A refused input is no evidence: the index is rebuilt without it (checks only get fewer).
  const index =
    references.length === referenceInputs.flatMap((r) => r.certificates).length
      ? allIndex
      : new IssuerIndex([...references, ...serverCertificates]);
  const cas = await selectReferenceCas(references, index, budget);
  const judgedServers = servers.filter((server) => {
    const chosen = chooseCertificate(server.certificates, server.fqdn)?.chosen;
    if (!chosen || budget.reserve(sameCaChecks(chosen, cas).size)) return true;
    failures.push({
      input: { kind: 'server', index: server.index, fqdn: server.fqdn },
      error: overBudget(budget),
    });
    return false;
  });
  failures.sort(byInput);
  // Servers are judged at once (their signature checks overlap), and reported in order.
  const judged = await Promise.all(
    judgedServers.map(async (server): Promise<ServerResult | null> => {
      const result = server.request
        ? await judgeRequest(server.fqdn, server.request)
        : await checkServer(server.fqdn, server.certificates, cas, request.at, budget);
      return result === null ? null : { ...result, index: server.index };
    }),
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
