// The whole run against the test PKI: one row per row of the contract's tables.
import { describe, expect, it } from 'vitest';
import {
  checkCertificates,
  type CheckId,
  type CheckReport,
  type SameCa,
} from '../../../src/lib/cert/index.ts';
import {
  createTestPki,
  pemChain,
  utf8,
  type LeafName,
  type TestCert,
} from '../../support/pki/index.ts';

const pki = await createTestPki();
const { leaves, cas } = pki;

/** Runs one server against some references. */
async function run(
  references: readonly TestCert[],
  leaf: LeafName,
  server: TestCert[] = [],
): Promise<CheckReport> {
  const input = utf8(pemChain(leaves[leaf], ...server));
  return checkCertificates({
    references: references.map((r) => utf8(r.pem)),
    servers: [{ fqdn: leaves[leaf].fqdn, input }],
    at: pki.now,
  });
}

const sameCaRows: {
  name: string;
  input: { refs: TestCert[]; leaf: LeafName; extra?: TestCert[] };
  want: [SameCa, string];
}[] = [
  {
    name: 'CA certificate verifies',
    input: { refs: [cas.issuingCa1], leaf: 'pchat' },
    want: ['verified', 'verified'],
  },
  {
    name: 'EE reference only: key id',
    input: { refs: [leaves.frontEnd], leaf: 'pchat' },
    want: ['key-id', 'key-id'],
  },
  {
    name: 'EE reference + CA cert in the server chain',
    input: { refs: [leaves.frontEnd], leaf: 'pchat', extra: [cas.issuingCa1] },
    want: ['verified', 'verified'],
  },
  {
    name: 'issuer in other string types and case',
    input: { refs: [cas.issuingCa1], leaf: 'ca1VariantIssuer' },
    want: ['verified', 'verified'],
  },
  {
    name: 'no AKI, EE reference: name only',
    input: { refs: [leaves.frontEnd], leaf: 'noAki' },
    want: ['name-only', 'name-only'],
  },
  {
    // Key identifiers differ: no signature is tried (issue 9: work bounded by key identifiers).
    name: 'renewed CA key vs CA cert',
    input: { refs: [cas.issuingCa1], leaf: 'renewedCa1' },
    want: ['renewed-key', 'renewed-key-id'],
  },
  {
    name: 'renewed CA key vs EE',
    input: { refs: [leaves.frontEnd], leaf: 'renewedCa1' },
    want: ['renewed-key', 'renewed-key-id'],
  },
  {
    name: 'both CA certificates supplied',
    input: { refs: [cas.issuingCa1, cas.renewedIssuingCa1], leaf: 'renewedCa1' },
    want: ['verified', 'verified'],
  },
  {
    name: 'impostor vs CA cert',
    input: { refs: [cas.issuingCa1], leaf: 'impostor' },
    want: ['renewed-key', 'renewed-key-id'],
  },
  {
    name: 'impostor copying key id vs CA cert',
    input: { refs: [cas.issuingCa1], leaf: 'impostorSameKeyId' },
    want: ['renewed-key', 'renewed-key-signature'],
  },
  {
    name: 'impostor copying key id vs EE',
    input: { refs: [leaves.frontEnd], leaf: 'impostorSameKeyId' },
    want: ['key-id', 'key-id'],
  },
  {
    name: 'impostor CA in the server chain: its key signs the server, not the reference',
    input: {
      refs: [leaves.frontEnd],
      leaf: 'impostorSameKeyId',
      extra: [cas.impostorCa1SameKeyId],
    },
    want: ['different', 'impostor-key'],
  },
  {
    name: 'impostor CA in the reference: its key does not sign the reference end entity',
    input: { refs: [leaves.frontEnd, cas.impostorCa1SameKeyId], leaf: 'impostorSameKeyId' },
    want: ['different', 'impostor-key'],
  },
  {
    name: 'impostor CA in the reference and in the server chain',
    input: {
      refs: [cas.impostorCa1SameKeyId, leaves.frontEnd],
      leaf: 'impostorSameKeyId',
      extra: [cas.impostorCa1SameKeyId],
    },
    want: ['different', 'impostor-key'],
  },
  {
    name: 'impostor CA in the chain of the real CA reference: another key under its key id',
    input: {
      refs: [cas.issuingCa1],
      leaf: 'impostorSameKeyId',
      extra: [cas.impostorCa1SameKeyId],
    },
    want: ['different', 'impostor-key'],
  },
  {
    name: 'impostor CA beside a real server certificate changes nothing',
    input: { refs: [leaves.frontEnd], leaf: 'pchat', extra: [cas.impostorCa1SameKeyId] },
    want: ['key-id', 'key-id'],
  },
  {
    name: 'impostor CA in the reference is not taken for the reference CA',
    input: { refs: [leaves.frontEnd, cas.impostorCa1SameKeyId], leaf: 'pchat' },
    want: ['key-id', 'key-id'],
  },
  {
    name: 'impostor CA and real CA in the server chain: the real key decides',
    input: {
      refs: [leaves.frontEnd],
      leaf: 'pchat',
      extra: [cas.issuingCa1, cas.impostorCa1SameKeyId],
    },
    want: ['verified', 'verified'],
  },
  {
    name: 'sibling issuing CA',
    input: { refs: [cas.issuingCa1], leaf: 'ca2' },
    want: ['different', 'different'],
  },
  {
    name: 'unrelated PKI',
    input: { refs: [leaves.frontEnd], leaf: 'otherRoot' },
    want: ['different', 'different'],
  },
  {
    name: 'root-only reference',
    input: { refs: [cas.root], leaf: 'pchat' },
    want: ['different', 'different-root-only'],
  },
  {
    name: 'root + issuing CA: lowest CA',
    input: { refs: [cas.root, cas.issuingCa1], leaf: 'pchat' },
    want: ['verified', 'verified'],
  },
  {
    name: 'ECDSA issuing CA',
    input: { refs: [cas.ecIssuingCa], leaf: 'ecIssued' },
    want: ['verified', 'verified'],
  },
  {
    name: 'RSA-PSS signature verifies',
    input: { refs: [cas.issuingCa1], leaf: 'pss' },
    want: ['verified', 'verified'],
  },
  {
    name: 'SHA-1 signature verifies',
    input: { refs: [cas.issuingCa1], leaf: 'sha1' },
    want: ['verified', 'verified'],
  },
];

describe('same-CA decision', () => {
  it.each(sameCaRows)('$name', async ({ input, want }) => {
    const report = await run(input.refs, input.leaf, input.extra);
    const server = report.servers[0];
    expect([server?.sameCa, server?.checks[0]?.message.key]).toEqual([
      want[0],
      `check.same-ca.${want[1]}`,
    ]);
  });
});

const checkRows: { name: string; input: LeafName; want: [CheckId, string, string] }[] = [
  { name: 'SAN match', input: 'pchat', want: ['hostname', 'pass', 'match'] },
  { name: 'IDN typed as U-label', input: 'idn', want: ['hostname', 'pass', 'match'] },
  { name: 'CN only', input: 'cnOnly', want: ['hostname', 'warn', 'cn-only'] },
  {
    name: 'CN only, other name',
    input: 'cnOnlyMismatch',
    want: ['hostname', 'fail', 'mismatch-cn'],
  },
  { name: 'wildcard only', input: 'wildcard', want: ['hostname', 'fail', 'wildcard'] },
  { name: 'SAN mismatch', input: 'mismatch', want: ['hostname', 'fail', 'mismatch'] },
  { name: 'valid', input: 'pchat', want: ['validity', 'pass', 'valid'] },
  { name: 'expired', input: 'expired', want: ['validity', 'fail', 'expired'] },
  { name: 'not yet valid', input: 'notYetValid', want: ['validity', 'fail', 'not-yet-valid'] },
  { name: 'expiring soon', input: 'expiringSoon', want: ['validity', 'warn', 'expiring-soon'] },
  { name: 'EKU server', input: 'pchat', want: ['server-auth-eku', 'pass', 'present'] },
  { name: 'EKU any', input: 'ekuAny', want: ['server-auth-eku', 'pass', 'any'] },
  { name: 'no EKU', input: 'ekuNone', want: ['server-auth-eku', 'warn', 'no-extension'] },
  { name: 'client EKU only', input: 'ekuClientOnly', want: ['server-auth-eku', 'fail', 'missing'] },
  { name: 'RSA 2048', input: 'pchat', want: ['key-strength', 'pass', 'rsa-strong'] },
  { name: 'RSA 1024', input: 'rsa1024', want: ['key-strength', 'warn', 'rsa-supported'] },
  { name: 'ECDSA P-256', input: 'ecdsaP256', want: ['key-strength', 'pass', 'ecdsa'] },
  { name: 'ECDSA P-384', input: 'ecdsaP384', want: ['key-strength', 'pass', 'ecdsa'] },
  { name: 'Ed25519 key', input: 'ed25519', want: ['key-strength', 'fail', 'unsupported-type'] },
  { name: 'SHA-256', input: 'pchat', want: ['signature-algorithm', 'pass', 'sha2'] },
  { name: 'SHA-384', input: 'sha384', want: ['signature-algorithm', 'pass', 'sha2'] },
  { name: 'SHA-1', input: 'sha1', want: ['signature-algorithm', 'warn', 'sha1'] },
  { name: 'RSASSA-PSS', input: 'pss', want: ['signature-algorithm', 'fail', 'unsupported'] },
  { name: 'CRL DP', input: 'pchat', want: ['crl-distribution-point', 'pass', 'present'] },
  { name: 'no CRL DP', input: 'noCrl', want: ['crl-distribution-point', 'warn', 'missing'] },
];

describe('per-server checks', () => {
  it.each(checkRows)('$name', async ({ input, want }) => {
    const report = await run([cas.issuingCa1], input);
    const check = report.servers[0]?.checks.find((c) => c.id === want[0]);
    expect([check?.id, check?.status, check?.message.key]).toEqual([
      want[0],
      want[1],
      `check.${want[0]}.${want[2]}`,
    ]);
  });
});

describe('the run', () => {
  it('lists all checks, worst wins, failures do not stop others', async () => {
    const report = await checkCertificates({
      references: [utf8(pki.privateKeyPem), utf8(cas.issuingCa1.pem)],
      servers: [
        { fqdn: 'PCHAT01.contoso.com.', input: utf8(leaves.pchat.pem) },
        { fqdn: 'broken.contoso.com', input: utf8('garbage') },
        { fqdn: leaves.noCrl.fqdn, input: utf8(leaves.noCrl.pem) },
      ],
      at: pki.now,
    });
    expect(report.servers.map((s) => [s.fqdn, s.verdict, s.checks.length])).toEqual([
      ['PCHAT01.contoso.com.', 'pass', 9],
      [leaves.noCrl.fqdn, 'warn', 9],
    ]);
    expect(report.failures.map((f) => [f.input.kind, f.input.index, f.error.code])).toEqual([
      ['reference', 0, 'private-key'],
      ['server', 1, 'no-certificate'],
    ]);
    expect(report.referenceCas).toEqual([
      {
        subject: 'CN=Contoso Issuing CA 1, O=Contoso Müller GmbH, C=DE',
        keyId: cas.issuingCa1.keyId,
      },
    ]);
  });

  it('reports a missing reference', async () => {
    const report = await checkCertificates({
      references: [],
      servers: [{ fqdn: 'a.b.c', input: utf8(leaves.pchat.pem) }],
      at: pki.now,
    });
    expect([report.verdict, report.servers, report.referenceCas, report.missingReference]).toEqual([
      'fail',
      [],
      [],
      true,
    ]);
  });

  it('picks the end entity whose SAN names the server, else the first', async () => {
    const input = utf8(pemChain(leaves.mismatch, leaves.pchat, cas.issuingCa1));
    const report = await checkCertificates({
      references: [utf8(cas.issuingCa1.pem)],
      servers: [
        { fqdn: leaves.pchat.fqdn, input },
        { fqdn: 'nowhere.contoso.com', input },
      ],
      at: pki.now,
    });
    expect(report.servers.map((s) => s.checks[1]?.message.key)).toEqual([
      'check.hostname.match',
      'check.hostname.first-of-many-mismatch',
    ]);
  });
});
