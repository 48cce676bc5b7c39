// Judges a server input that holds a PKCS#10 certificate request: the certificate checks that a
// request can answer (host name, key, signature algorithm, Server Authentication), each with the
// same rules as for a certificate, and the request's own signature. What only the issued
// certificate can show (its CA, validity, CRL distribution point) is not applicable, and a request
// never passes: the certificate the CA issues must be checked again.
import type { CheckId, CheckResult, RequestInfo, RequestResult } from './types.ts';
import { result } from './checks/check-result.ts';
import { checkHostname } from './checks/hostname.ts';
import { checkKeyStrength } from './checks/key-strength.ts';
import { checkServerAuthEku } from './checks/server-auth-eku.ts';
import { checkSignatureAlgorithm } from './checks/signature-algorithm.ts';
import { worst } from './status.ts';

/** Outcomes whose certificate wording has a request wording (`check.<id>.request-<outcome>`). */
const requestWorded: Readonly<Partial<Record<CheckId, readonly string[]>>> = {
  hostname: ['match', 'wildcard', 'cn-only', 'mismatch-cn', 'mismatch'],
  'server-auth-eku': ['present', 'any', 'missing', 'no-extension'],
  'key-strength': ['rsa-supported', 'rsa-weak', 'unsupported-type'],
  'signature-algorithm': ['sha1', 'unsupported'],
};

/** The same check result, worded for a request where the certificate wording does not fit. */
function asRequest(check: CheckResult, template: string | null): CheckResult {
  const outcome = check.message.key.slice(`check.${check.id}.`.length);
  if (!requestWorded[check.id]?.includes(outcome)) return check;
  // Without a requested EKU the CA's template decides: name it when the request does.
  const named = outcome === 'no-extension' && template !== null ? '-template' : '';
  const params = named
    ? { ...check.message.params, template: template ?? '' }
    : check.message.params;
  return result(check.id, check.status, `request-${outcome}${named}`, params);
}

/** What only the issued certificate can show. */
const notApplicable = (id: CheckId): CheckResult =>
  result(id, 'not-applicable', 'not-applicable', {});

/** The request's own check: its signature, and that the issued certificate needs checking. */
function checkSignature(request: RequestInfo): CheckResult {
  const params = { algorithm: request.signatureAlgorithm.name };
  if (request.signature === 'invalid') return result('request', 'fail', 'invalid', params);
  return result('request', 'warn', request.signature, params);
}

/** The result for one server whose input is a certificate request. */
export function checkRequest(fqdn: string, request: RequestInfo): RequestResult {
  const template = request.template;
  const checks: CheckResult[] = [
    notApplicable('same-ca'),
    asRequest(checkHostname(request, fqdn, 1), template),
    notApplicable('validity'),
    asRequest(checkServerAuthEku(request), template),
    asRequest(checkKeyStrength(request), template),
    asRequest(checkSignatureAlgorithm(request), template),
    notApplicable('crl-distribution-point'),
    checkSignature(request),
  ];
  return {
    inputKind: 'request',
    fqdn,
    // Never a pass, whatever the checks say: the CA may still issue something else.
    verdict: worst([...checks.map((c) => c.status), 'warn']),
    sameCa: 'not-applicable',
    request: {
      subject: request.subject.text,
      dnsNames: request.dnsNames ?? [],
      sha256: request.sha256,
    },
    details: request,
    checks,
  };
}
