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
import { platformCrypto } from './crypto-provider.ts';
import { inputError } from './input-error.ts';
import { IssuerIndex } from './issuer-index.ts';
import { parseInput } from './parse-input.ts';
import { findConflicts } from './conflicting-references.ts';
import { referenceCheckCost, selectReferenceCas } from './reference-cas.ts';
import { sameCaCost } from './same-ca.ts';
import { SignatureBudget } from './signature-budget.ts';
import { checkCost } from './signature-cost.ts';
import { refuseRequest } from './request-input.ts';
import { worst } from './status.ts';
import { groupLabelled } from './bundle/group-labelled.ts';

/** An input refused because checking it would pass the run's cap on signature work. */
const overBudget = (budget: SignatureBudget) =>
  inputError('too-many-signatures', { limit: budget.limit });

/**
 * A request's checks, loaded with its first request: inputs of certificates alone never load
 * them (the request reader itself is loaded the same way).
 */
async function judgeRequest(
  fqdn: string,
  request: RequestInfo,
  budget: SignatureBudget,
): Promise<RequestResult> {
  const { checkRequest } = await import('./check-request.ts');
  return checkRequest(fqdn, request, budget);
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
  readonly servers: readonly {
    readonly fqdn: string;
    readonly parsed: ParseResult;
    /** The bundle label's words (see `ServerRequest.label`). */
    readonly label?: string | undefined;
  }[];
  readonly at: Date;
}

/** Runs the whole check with `crypto`'s signature checks (the platform's by default); never throws. */
export async function checkCertificates(
  request: CheckRequest,
  crypto: Crypto = platformCrypto(),
): Promise<CheckReport> {
  // All inputs parse at once so that their WebCrypto digests overlap; results keep input order.
  const [references, servers] = await Promise.all([
    Promise.all(request.references.map((bytes) => parseInput(bytes, crypto))),
    Promise.all(
      request.servers.map(async (server) => ({
        fqdn: server.fqdn,
        parsed: await parseInput(server.input, crypto),
        label: server.label,
      })),
    ),
  ]);
  return checkParsed({ references, servers, at: request.at }, crypto);
}

/** Runs the whole check on inputs parsed before (a front end that names problems first). */
export async function checkParsed(
  request: ParsedCheckRequest,
  crypto: Crypto = platformCrypto(),
): Promise<CheckReport> {
  const failures: InputFailure[] = [];
  const usable: { index: number; certificates: readonly CertificateInfo[] }[] = [];
  // A request is checked as a server's input; as a reference it names no CA.
  for (const [index, parsed] of request.references.map(refuseRequest).entries()) {
    if (parsed.ok) usable.push({ index, certificates: parsed.certificates });
    else failures.push({ input: { kind: 'reference', index }, error: parsed.error });
  }
  // Contradictory CA certificates are said on every input holding one, and never used as
  // references; the rest of those inputs is, so that no packaging of them changes the outcome.
  const conflicts = findConflicts(usable.map((r) => r.certificates));
  const referenceInputs = usable.map(({ index, certificates }, at) => {
    const error = conflicts.errors.get(at);
    if (error) failures.push({ input: { kind: 'reference', index }, error });
    const kept = certificates.filter((c) => !conflicts.conflicting.has(c));
    return { index, certificates: kept, refused: error !== undefined };
  });
  const servers: {
    index: number;
    fqdn: string;
    certificates: readonly CertificateInfo[];
    request?: RequestInfo | undefined;
    label?: string | undefined;
  }[] = [];
  const serverInput = (index: number, fqdn: string, label: string | undefined) =>
    ({ kind: 'server', index, fqdn, ...(label === undefined ? {} : { label }) }) as const;
  for (const [index, { fqdn, parsed, label }] of request.servers.entries()) {
    if (parsed.ok)
      servers.push({
        index,
        fqdn,
        certificates: parsed.certificates,
        request: parsed.request,
        label,
      });
    else failures.push({ input: serverInput(index, fqdn, label), error: parsed.error });
  }
  // Certificates that are evidence of what a key signed but never references themselves.
  const evidence = [...conflicts.conflicting, ...servers.flatMap((s) => s.certificates)];
  // Every signature check of the run is costed before it is made: a reference input, then a
  // server, whose checks would pass the cap is refused, in the order the inputs were given.
  const budget = new SignatureBudget(crypto);
  const offered = referenceInputs.flatMap((r) => r.certificates);
  const allIndex = new IssuerIndex([...offered, ...evidence]);
  const references: CertificateInfo[] = [];
  for (const { index, certificates, refused } of referenceInputs) {
    if (budget.reserve(referenceCheckCost(certificates, allIndex)))
      references.push(...certificates);
    // An input already refused for its contradictory CA certificates keeps that one message.
    else if (!refused)
      failures.push({ input: { kind: 'reference', index }, error: overBudget(budget) });
  }
  const base = { checkedAt: request.at, failures };
  if (references.length === 0) {
    failures.sort(byInput);
    return { ...base, verdict: 'fail', referenceCas: [], servers: [], missingReference: true };
  }
  // A refused input is no evidence: the index is rebuilt without it (checks only get fewer).
  const index =
    references.length === offered.length ? allIndex : new IssuerIndex([...references, ...evidence]);
  const cas = await selectReferenceCas(references, index, budget);
  const judgedServers = servers.filter((server) => {
    // A request's own signature is a check like any other, counted against the same cap.
    const chosen = server.request
      ? null
      : chooseCertificate(server.certificates, server.fqdn)?.chosen;
    const cost = server.request
      ? checkCost(server.request.subjectPublicKeyInfo, server.request.der.length)
      : chosen
        ? sameCaCost(chosen, cas)
        : 0;
    if (budget.reserve(cost)) return true;
    failures.push({
      input: serverInput(server.index, server.fqdn, server.label),
      error: overBudget(budget),
    });
    return false;
  });
  failures.sort(byInput);
  // Servers are judged at once (their signature checks overlap), and reported in order.
  const judged = await Promise.all(
    judgedServers.map(async (server): Promise<ServerResult | null> => {
      const result = server.request
        ? await judgeRequest(server.fqdn, server.request, budget)
        : await checkServer(server.fqdn, server.certificates, cas, request.at, budget);
      if (result === null) return null;
      const label = server.label === undefined ? {} : { label: server.label };
      return { ...result, ...label, index: server.index };
    }),
  );
  // Labelled certificates of one FQDN are one server, judged by its worst certificate.
  const results = groupLabelled(judged.filter((result): result is ServerResult => result !== null));
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
