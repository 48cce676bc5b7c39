// Runs every check for one server input, choosing the end-entity certificate to judge.
import type { CertificateInfo, CertificateResult, CheckResult } from './types.ts';
import type { ReferenceCa } from './reference-cas.ts';
import { checkCrlDistributionPoint } from './checks/crl-distribution-point.ts';
import { checkEndEntity } from './checks/end-entity.ts';
import { checkExtensions } from './checks/extensions.ts';
import { checkHostname, sanNamesHost } from './checks/hostname.ts';
import { checkKeyStrength } from './checks/key-strength.ts';
import { checkServerAuthEku } from './checks/server-auth-eku.ts';
import { checkSignatureAlgorithm } from './checks/signature-algorithm.ts';
import { checkValidity } from './checks/validity.ts';
import { decideSameCa } from './same-ca.ts';
import type { SignatureBudget } from './signature-budget.ts';
import { worst } from './status.ts';

/** The certificate to judge: the end entity whose SAN names the server, else the first one. */
export function chooseCertificate(
  certificates: readonly CertificateInfo[],
  fqdn: string,
): { chosen: CertificateInfo; of: number } | null {
  const endEntities = certificates.filter((c) => !c.isCa);
  const candidates = endEntities.length > 0 ? endEntities : certificates;
  const named = candidates.find((c) => sanNamesHost(c, fqdn));
  const first = candidates[0];
  if (named) return { chosen: named, of: 1 };
  return first ? { chosen: first, of: candidates.length } : null;
}

/** The result for one server whose input parsed; its signature checks are reserved in `budget`. */
export async function checkServer(
  fqdn: string,
  certificates: readonly CertificateInfo[],
  cas: readonly ReferenceCa[],
  at: Date,
  budget: SignatureBudget,
): Promise<CertificateResult | null> {
  const choice = chooseCertificate(certificates, fqdn);
  if (!choice) return null;
  const certificate = choice.chosen;
  const sameCa = await decideSameCa(certificate, cas, budget);
  const checks: CheckResult[] = [
    { id: 'same-ca', status: sameCa.status, message: sameCa.message },
    checkHostname(certificate, fqdn, choice.of),
    checkValidity(certificate, at),
    checkServerAuthEku(certificate),
    checkKeyStrength(certificate),
    checkSignatureAlgorithm(certificate),
    checkCrlDistributionPoint(certificate),
    checkEndEntity(certificate),
    checkExtensions(certificate),
  ];
  return {
    fqdn,
    verdict: worst(checks.map((c) => c.status)),
    sameCa: sameCa.sameCa,
    certificate: {
      subject: certificate.subject.text,
      issuer: certificate.issuer.text,
      serialNumber: certificate.serialNumber,
      notBefore: certificate.notBefore,
      notAfter: certificate.notAfter,
      sha256: certificate.sha256,
    },
    details: certificate,
    checks,
  };
}
