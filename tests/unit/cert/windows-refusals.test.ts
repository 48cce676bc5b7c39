// Server certificates that Windows would refuse are refused here too, with the reason (issue 14),
// and a CA certificate in a server's place fails `end-entity` (issue 10). Generated in the test PKI.
import { describe, expect, it } from 'vitest';
import {
  checkCertificates,
  type CheckId,
  type CheckReport,
  type MessageKey,
  type SameCa,
} from '../../../src/lib/cert/index.ts';
import {
  createTestPki,
  unknownExtensionOid,
  utf8,
  type LeafName,
} from '../../support/pki/index.ts';

const pki = await createTestPki();
const { leaves, cas } = pki;

/** One server (the leaf, under its own FQDN) against the issuing CA's certificate. */
const run = (leaf: LeafName, at = pki.now): Promise<CheckReport> =>
  checkCertificates({
    references: [utf8(cas.issuingCa1.pem)],
    servers: [{ fqdn: leaves[leaf].fqdn, input: utf8(leaves[leaf].pem) }],
    at,
  });

const checkRows: {
  name: string;
  input: { leaf: LeafName; at?: Date };
  want: [CheckId, string, MessageKey];
}[] = [
  {
    name: 'unknown critical extension fails',
    input: { leaf: 'unknownCritical' },
    want: ['extensions', 'fail', 'check.extensions.unknown-critical'],
  },
  {
    name: 'unknown extension, not critical, passes',
    input: { leaf: 'unknownNonCritical' },
    want: ['extensions', 'pass', 'check.extensions.valid'],
  },
  {
    name: 'certificate policies and inhibit anyPolicy critical pass',
    input: { leaf: 'knownCritical' },
    want: ['extensions', 'pass', 'check.extensions.valid'],
  },
  {
    name: 'key usage and basic constraints critical pass',
    input: { leaf: 'pchat' },
    want: ['extensions', 'pass', 'check.extensions.valid'],
  },
  {
    name: 'the same extension twice fails',
    input: { leaf: 'duplicateSan' },
    want: ['extensions', 'fail', 'check.extensions.duplicate'],
  },
  {
    name: 'outer signature algorithm differs from the signed one',
    input: { leaf: 'signatureMismatch' },
    want: ['signature-algorithm', 'fail', 'check.signature-algorithm.mismatch'],
  },
  {
    name: 'FQDN with an underscore is not a host name, even when the SAN repeats it',
    input: { leaf: 'underscore' },
    want: ['hostname', 'fail', 'check.hostname.not-a-host-name'],
  },
  {
    name: 'a SAN that is not a host name never matches (percent-encoded dot)',
    input: { leaf: 'percentSan' },
    want: ['hostname', 'fail', 'check.hostname.mismatch'],
  },
  {
    name: 'CA certificate as the server certificate',
    input: { leaf: 'caAsServer' },
    want: ['end-entity', 'fail', 'check.end-entity.ca'],
  },
  {
    name: 'server certificate',
    input: { leaf: 'pchat' },
    want: ['end-entity', 'pass', 'check.end-entity.not-ca'],
  },
  {
    name: '5 ms after notAfter is still its last second',
    input: { leaf: 'pchat', at: new Date('2027-01-01T00:00:00.005Z') },
    want: ['validity', 'warn', 'check.validity.expiring-soon'],
  },
  {
    name: '999 ms after notAfter is still its last second',
    input: { leaf: 'pchat', at: new Date('2027-01-01T00:00:00.999Z') },
    want: ['validity', 'warn', 'check.validity.expiring-soon'],
  },
  {
    name: '1 s after notAfter is expired',
    input: { leaf: 'pchat', at: new Date('2027-01-01T00:00:01Z') },
    want: ['validity', 'fail', 'check.validity.expired'],
  },
  {
    name: '5 ms before notBefore is not yet valid',
    input: { leaf: 'pchat', at: new Date('2025-12-31T23:59:59.995Z') },
    want: ['validity', 'fail', 'check.validity.not-yet-valid'],
  },
  {
    name: 'notBefore itself is valid',
    input: { leaf: 'pchat', at: new Date('2026-01-01T00:00:00.000Z') },
    want: ['validity', 'pass', 'check.validity.valid'],
  },
];

describe('checks of certificates Windows refuses', () => {
  it.each(checkRows)('$name', async ({ input, want }) => {
    const report = await run(input.leaf, input.at);
    const check = report.servers[0]?.checks.find((c) => c.id === want[0]);
    expect([check?.id, check?.status, check?.message.key]).toEqual(want);
  });
});

const evidenceRows: { name: string; input: LeafName; want: Record<string, unknown> }[] = [
  {
    name: 'the unknown critical extension is named by its OID, and the server fails',
    input: 'unknownCritical',
    want: { verdict: 'fail', oids: unknownExtensionOid },
  },
  {
    name: 'the repeated extension is named',
    input: 'duplicateSan',
    want: { verdict: 'fail', oids: 'subjectAltName (2.5.29.17)' },
  },
];

describe('the failing extension is named', () => {
  it.each(evidenceRows)('$name', async ({ input, want }) => {
    const server = (await run(input)).servers[0];
    const check = server?.checks.find((c) => c.id === 'extensions');
    expect({ verdict: server?.verdict, oids: check?.message.params['oids'] }).toEqual(want);
  });
});

const sameCaRows: { name: string; input: LeafName; want: [SameCa, MessageKey, string] }[] = [
  {
    // With the CA's key at hand, only its signature could pass it (issue 25).
    name: 'a signature that cannot verify for its algorithm mismatch never says renewed-key',
    input: 'signatureMismatch',
    want: [
      'unverifiable',
      'check.same-ca.unverifiable',
      'sha384WithRSAEncryption / sha256WithRSAEncryption',
    ],
  },
];

describe('same CA with a mismatched signature algorithm', () => {
  it.each(sameCaRows)('$name', async ({ input, want }) => {
    const server = (await run(input)).servers[0];
    const algorithms = server?.checks.find((c) => c.id === 'signature-algorithm')?.message.params;
    expect([
      server?.sameCa,
      server?.checks[0]?.message.key,
      `${String(algorithms?.['algorithm'])} / ${String(algorithms?.['tbsAlgorithm'])}`,
    ]).toEqual(want);
  });
});

describe('a malformed extension is an input error naming it', () => {
  it.each([
    {
      name: 'malformed subjectAltName',
      input: utf8(leaves.malformedSan.pem),
      want: [
        'malformed-extension',
        'input.error.malformed-extension.subject-alt-name',
        '2.5.29.17',
      ],
    },
    {
      name: 'a truncated certificate stays malformed',
      input: leaves.pchat.der.subarray(0, leaves.pchat.der.length - 10),
      want: ['malformed', 'input.error.malformed', undefined],
    },
  ])('$name', async ({ input, want }) => {
    const report = await checkCertificates({
      references: [utf8(cas.issuingCa1.pem)],
      servers: [{ fqdn: 'pchat39.contoso.com', input }],
      at: pki.now,
    });
    const error = report.failures[0]?.error;
    expect([error?.code, error?.message.key, error?.message.params['oid']]).toEqual(want);
  });
});
