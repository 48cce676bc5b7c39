// Judges a server input that holds a PKCS#10 certificate request: the certificate checks that a
// request can answer (host name, key, signature algorithm, Server Authentication, not a CA), each
// with the same rules as for a certificate, and the request's own signature. What only the issued
// certificate can show (its CA, validity, CRL distribution point, extensions) is not applicable,
// and a request never passes: the certificate the CA issues must be checked again.
import type { CheckId, CheckResult, Message, RequestInfo, RequestResult } from './types.ts';
import { checkHostname } from './checks/hostname.ts';
import { checkKeyStrength } from './checks/key-strength.ts';
import { checkServerAuthEku } from './checks/server-auth-eku.ts';
import { checkSignatureAlgorithm } from './checks/signature-algorithm.ts';
import type { SignatureBudget } from './signature-budget.ts';
import { worst } from './status.ts';
import type { SignatureOutcome } from './verify-signature.ts';

type Key = Message['key'];

/**
 * The request's wording of a certificate message whose wording speaks of a certificate; undefined
 * for one that reads the same for a request. (A function, not a table: the mutation tests load this
 * module once, inside a test, and can only judge what runs when called.)
 */
function requestWording(key: Key): Key | undefined {
  switch (key) {
    case 'check.hostname.match':
      return 'check.hostname.request-match';
    case 'check.hostname.wildcard':
      return 'check.hostname.request-wildcard';
    case 'check.hostname.cn-only':
      return 'check.hostname.request-cn-only';
    case 'check.hostname.mismatch-cn':
      return 'check.hostname.request-mismatch-cn';
    case 'check.hostname.mismatch':
      return 'check.hostname.request-mismatch';
    case 'check.server-auth-eku.present':
      return 'check.server-auth-eku.request-present';
    case 'check.server-auth-eku.any':
      return 'check.server-auth-eku.request-any';
    case 'check.server-auth-eku.missing':
      return 'check.server-auth-eku.request-missing';
    case 'check.server-auth-eku.no-extension':
      return 'check.server-auth-eku.request-no-extension';
    case 'check.key-strength.rsa-supported':
      return 'check.key-strength.request-rsa-supported';
    case 'check.key-strength.rsa-weak':
      return 'check.key-strength.request-rsa-weak';
    case 'check.key-strength.unsupported-type':
      return 'check.key-strength.request-unsupported-type';
    case 'check.signature-algorithm.sha1':
      return 'check.signature-algorithm.request-sha1';
    case 'check.signature-algorithm.unsupported':
      return 'check.signature-algorithm.request-unsupported';
    default:
      return undefined;
  }
}

/** The same check result, worded for a request where the certificate wording does not fit. */
function asRequest(check: CheckResult, template: string | null): CheckResult {
  const key = requestWording(check.message.key);
  if (key === undefined) return check;
  // Without a requested EKU the CA's template decides: name it when the request does.
  if (key === 'check.server-auth-eku.request-no-extension' && template !== null) {
    const params = { ...check.message.params, template };
    return {
      ...check,
      message: { key: 'check.server-auth-eku.request-no-extension-template', params },
    };
  }
  return { ...check, message: { key, params: check.message.params } };
}

/** A check that only the issued certificate can answer. */
const notApplicable = (id: CheckId, key: Key): CheckResult => ({
  id,
  status: 'not-applicable',
  message: { key, params: {} },
});

/**
 * The request's own check: its signature, and that the issued certificate needs checking. Never a
 * pass, so neither is the request's verdict: the CA may still issue something else.
 */
function checkSignature(request: RequestInfo, signature: SignatureOutcome): CheckResult {
  const params = { algorithm: request.signatureAlgorithm.name };
  if (signature === 'invalid') {
    return { id: 'request', status: 'fail', message: { key: 'check.request.invalid', params } };
  }
  const key: Key = signature === 'valid' ? 'check.request.valid' : 'check.request.unsupported';
  return { id: 'request', status: 'warn', message: { key, params } };
}

/** A request for a CA certificate fails as a CA certificate in a server's place does. */
function checkRequestedEndEntity(request: RequestInfo): CheckResult {
  return request.isCa
    ? {
        id: 'end-entity',
        status: 'fail',
        message: { key: 'check.end-entity.request-ca', params: {} },
      }
    : {
        id: 'end-entity',
        status: 'pass',
        message: { key: 'check.end-entity.request-not-ca', params: {} },
      };
}

/**
 * The result for one server whose input is a certificate request; the cost of checking its
 * signature with its own key must have been reserved in `budget`.
 */
export async function checkRequest(
  fqdn: string,
  request: RequestInfo,
  budget: SignatureBudget,
): Promise<RequestResult> {
  const template = request.template;
  const signature = await budget.verify(request, request);
  const checks: CheckResult[] = [
    notApplicable('same-ca', 'check.same-ca.not-applicable'),
    asRequest(checkHostname(request, fqdn, 1), template),
    notApplicable('validity', 'check.validity.not-applicable'),
    asRequest(checkServerAuthEku(request), template),
    asRequest(checkKeyStrength(request), template),
    asRequest(checkSignatureAlgorithm(request), template),
    notApplicable('crl-distribution-point', 'check.crl-distribution-point.not-applicable'),
    checkRequestedEndEntity(request),
    notApplicable('extensions', 'check.extensions.not-applicable'),
    checkSignature(request, signature),
  ];
  return {
    inputKind: 'request',
    fqdn,
    // Never a pass: the request's own check is a warning at best (checkSignature).
    verdict: worst(checks.map((c) => c.status)),
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
