import type {
  CaSummary,
  CheckReport,
  CheckStatus,
  InputErrorCode,
  SameCa,
  ServerResult,
  Status,
} from '../cert/types.ts';
import { renderMessage } from './render-message.ts';
import type { Language } from '../../i18n/languages.ts';
import {
  certificateSource,
  sourceJson,
  type InputSource,
  type InputSources,
  type SourceJson,
} from './input-source.ts';
import type { Translate } from './translate.ts';

/** A reference CA in the JSON report. */
export interface CaJson {
  readonly subject: string;
  readonly keyId: string | null;
}

/** One check in the JSON report; `message` is in the chosen language. */
export interface CheckJson {
  readonly id: string;
  readonly status: CheckStatus;
  readonly message: string;
  /** The message key, for scripts that must not depend on wording. */
  readonly messageKey: string;
}

/** One server in the JSON report; a request has `request` where a certificate has `certificate`. */
export interface ServerJson {
  readonly fqdn: string;
  /** What the server's input held (an added field). */
  readonly inputKind: 'certificate' | 'request';
  readonly verdict: Status;
  readonly sameCa: SameCa | 'not-applicable';
  readonly certificate?: {
    readonly subject: string;
    readonly issuer: string;
    readonly serialNumber: string;
    readonly notBefore: string;
    readonly notAfter: string;
    readonly sha256: string;
  };
  readonly request?: {
    readonly subject: string;
    readonly dnsNames: readonly string[];
    readonly sha256: string;
  };
  readonly checks: readonly CheckJson[];
  /** Where the certificate came from (CLI only): file, `-`, or `tls:host:port` with details. */
  readonly source?: SourceJson;
  /** The words of the certificate's bundle label (added field; only for labelled input). */
  readonly label?: string;
  /**
   * A server with several labelled certificates: each one (added field). The server's own
   * fields are those of its worst certificate, so `verdict` is the worst of them.
   */
  readonly certificates?: readonly CertificateJson[];
}

/** One of several labelled certificates of a server: a server entry without FQDN or list. */
export type CertificateJson = Omit<ServerJson, 'fqdn' | 'certificates'>;

/** One reference input in the JSON report (CLI only): where it came from. */
export interface ReferenceJson {
  readonly source: SourceJson;
}

/** One unusable input in the JSON report (an addition to the contract's fields). */
export interface FailureJson {
  readonly input: 'reference' | 'server';
  readonly index: number;
  readonly fqdn?: string;
  /** The bundle label's words of a server input that came under one (added field). */
  readonly label?: string;
  readonly source?: SourceJson;
  readonly code: InputErrorCode;
  readonly message: string;
}

/** The JSON object of docs/checker-contract.md, plus `failures` (and `references` in the CLI). */
export interface ReportJson {
  readonly verdict: Status;
  readonly checkedAt: string;
  readonly referenceCa: CaJson | null;
  readonly referenceCas: readonly CaJson[];
  readonly references?: readonly ReferenceJson[];
  readonly servers: readonly ServerJson[];
  readonly failures: readonly FailureJson[];
}

const ca = (summary: CaSummary): CaJson => ({
  subject: summary.subject,
  keyId: summary.keyId === null ? null : summary.keyId.toLowerCase(),
});

const withSource = (source: InputSource | undefined, t: Translate): { source?: SourceJson } =>
  source === undefined ? {} : { source: sourceJson(source, t) };

/** The input's own facts: the certificate's, or the request's. */
function inputFacts(
  server: ServerResult,
): Pick<ServerJson, 'inputKind' | 'certificate' | 'request'> {
  if (server.inputKind === 'request') {
    const { subject, dnsNames, sha256 } = server.request;
    return { inputKind: 'request', request: { subject, dnsNames, sha256: sha256.toLowerCase() } };
  }
  const cert = server.certificate;
  return {
    inputKind: 'certificate',
    certificate: {
      subject: cert.subject,
      issuer: cert.issuer,
      serialNumber: cert.serialNumber.toLowerCase(),
      notBefore: cert.notBefore.toISOString(),
      notAfter: cert.notAfter.toISOString(),
      sha256: cert.sha256.toLowerCase(),
    },
  };
}

/** One certificate's (or request's) result: verdict, input facts, checks, source and label. */
function resultJson(
  result: ServerResult,
  source: InputSource | undefined,
  t: Translate,
  lang: Language | undefined,
): CertificateJson {
  return {
    verdict: result.verdict,
    sameCa: result.sameCa,
    ...inputFacts(result),
    checks: result.checks.map((check) => ({
      id: check.id,
      status: check.status,
      message: renderMessage(check.message, t, lang),
      messageKey: check.message.key,
    })),
    ...withSource(source, t),
    // Stryker disable next-line ConditionalExpression: JSON.stringify drops a label that is undefined
    ...(result.label === undefined ? {} : { label: result.label }),
  };
}

/** Builds the contract's JSON object from a report, messages rendered with `t`. */
export function toJson(
  report: CheckReport,
  t: Translate,
  options: { readonly sources?: InputSources; readonly lang?: Language } = {},
): ReportJson {
  const { sources = {}, lang } = options;
  const referenceCas = report.referenceCas.map(ca);
  const references = (sources.references ?? []).flatMap((source) =>
    source === undefined ? [] : [{ source: sourceJson(source, t) }],
  );
  return {
    verdict: report.verdict,
    checkedAt: report.checkedAt.toISOString(),
    referenceCa: referenceCas[0] ?? null,
    referenceCas,
    ...(references.length > 0 ? { references } : {}),
    servers: report.servers.map((server) => ({
      fqdn: server.fqdn,
      ...resultJson(server, certificateSource(server, sources), t, lang),
      ...(server.certificates === undefined
        ? {}
        : {
            certificates: server.certificates.map((member) =>
              resultJson(member, certificateSource(member, sources), t, lang),
            ),
          }),
    })),
    failures: report.failures.map(({ input, error }) => {
      const source =
        input.kind === 'reference'
          ? sources.references?.[input.index]
          : sources.servers?.[input.index];
      return {
        input: input.kind,
        index: input.index,
        // Stryker disable next-line ConditionalExpression: a reference has no fqdn, and JSON.stringify drops an undefined one
        ...(input.kind === 'server' ? { fqdn: input.fqdn } : {}),
        ...(input.kind === 'server' && input.label !== undefined ? { label: input.label } : {}),
        ...withSource(source, t),
        code: error.code,
        message: renderMessage(error.message, t, lang),
      };
    }),
  };
}
