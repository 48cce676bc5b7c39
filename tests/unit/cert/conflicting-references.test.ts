// Issue 25 fault 2: two reference CA certificates with one name and one key identifier but
// different keys are said (an input error naming both), never settled by the order they came in:
// every order, file and packaging gives the same message and the same verdicts.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkCertificates,
  parseInput,
  type CertificateInfo,
  type CheckReport,
} from '../../../src/lib/cert/index.ts';
import { findConflicts } from '../../../src/lib/cert/conflicting-references.ts';
import {
  createTestPki,
  pemChain,
  pkcs7Der,
  pkcs7Pem,
  utf8,
  type TestCert,
} from '../../support/pki/index.ts';
import { costlyCa, randomRsaSignature, rsaSpki } from '../../support/hostile/costly-keys.ts';
import { anyCertificate, nextSerial } from '../../support/pki/impostor-pki.ts';
// After the test PKI, which loads the metadata polyfill @peculiar/x509 needs.
import { SubjectKeyIdentifierExtension } from '@peculiar/x509';

const { cas, leaves, now } = await createTestPki();
const genuine = cas.issuingCa1;
const impostor = cas.impostorCa1SameKeyId;

/** Each way the references can come: which certificates in which file, and how each file is made. */
const packagings: Record<string, (a: TestCert, b: TestCert) => Uint8Array[]> = {
  'one PEM file': (a, b) => [utf8(pemChain(a, b))],
  'two PEM files': (a, b) => [utf8(a.pem), utf8(b.pem)],
  'one PKCS #7 file (DER)': (a, b) => [pkcs7Der(a, b)],
  'one PKCS #7 file (PEM)': (a, b) => [utf8(pkcs7Pem(a, b))],
  'a DER file and a PEM chain': (a, b) => [a.der, utf8(pemChain(b))],
};

/** What a run says: its verdict, each failure's code and message, and each server's result. */
function outcome(report: CheckReport) {
  return {
    verdict: report.verdict,
    failures: [
      ...new Set(report.failures.map((f) => JSON.stringify([f.error.code, f.error.message]))),
    ],
    servers: report.servers.map((s) => [s.fqdn, s.verdict, s.sameCa]),
  };
}

/** The run with the two CA certificates packaged one way, in one order, beside `more`. */
async function run(packaging: string, order: 'genuine first' | 'impostor first', more: TestCert[]) {
  const [a, b] = order === 'genuine first' ? [genuine, impostor] : [impostor, genuine];
  const references = [...(packagings[packaging]?.(a, b) ?? []), ...more.map((c) => utf8(c.pem))];
  return checkCertificates({
    references,
    servers: [
      { fqdn: leaves.pchat.fqdn, input: utf8(leaves.pchat.pem) },
      {
        fqdn: leaves.impostorSameKeyId.fqdn,
        input: utf8(pemChain(leaves.impostorSameKeyId, impostor)),
      },
    ],
    at: now,
  });
}

/** The message naming both certificates, in the thumbprint order no input order changes. */
const thumbprint = (c: TestCert): string => createHash('sha256').update(c.der).digest('hex');
const [first, second] = [genuine, impostor].sort((x, y) =>
  thumbprint(x) < thumbprint(y) ? -1 : 1,
);
const subject = 'CN=Contoso Issuing CA 1, O=Contoso Müller GmbH, C=DE';
const serial = (c: TestCert | undefined): string => (c === genuine ? '0a02' : '0b02');
const conflict = JSON.stringify([
  'conflicting-references',
  {
    key: 'input.error.conflicting-references',
    params: {
      keyId: genuine.keyId,
      first: subject,
      firstSerial: serial(first),
      firstThumbprint: first && thumbprint(first),
      second: subject,
      secondSerial: serial(second),
      secondThumbprint: second && thumbprint(second),
    },
  },
]);

const rows = Object.keys(packagings).flatMap((packaging) =>
  (['genuine first', 'impostor first'] as const).flatMap((order) => [
    {
      name: `issue 25 fault 2: ${packaging}, ${order}: said, no reference left`,
      input: { packaging, order, more: [] as TestCert[] },
      want: { verdict: 'fail', failures: [conflict], servers: [] },
    },
    {
      // The Front End certificate still names the reference CA, and the genuine CA's key (in no
      // role but evidence) shows the impostor's leaf for what it is.
      name: `issue 25 fault 2: ${packaging}, ${order}, beside the Front End certificate`,
      input: { packaging, order, more: [leaves.frontEnd] },
      want: {
        verdict: 'fail',
        failures: [conflict],
        servers: [
          [leaves.pchat.fqdn, 'pass', 'verified'],
          [leaves.impostorSameKeyId.fqdn, 'fail', 'different'],
        ],
      },
    },
  ]),
);

describe('issue 25 fault 2: contradictory reference CA certificates', () => {
  // Titles in full: it.each would cut each row's name at 40 characters.
  for (const { name, input, want } of rows)
    it(name, async () => {
      expect(outcome(await run(input.packaging, input.order, input.more))).toEqual(want);
    });

  it('issue 25 fault 2: every reference input holding one of them is named, the others are not', async () => {
    const report = await run('two PEM files', 'impostor first', [leaves.frontEnd]);
    expect(report.failures.map((f) => [f.input.kind, f.input.index, f.error.code])).toEqual([
      ['reference', 0, 'conflicting-references'],
      ['reference', 1, 'conflicting-references'],
    ]);
  });
});

describe('issue 25 fault 2: what makes a conflict', () => {
  const genuineSpki = async () =>
    new Uint8Array(await globalThis.crypto.subtle.exportKey('spki', genuine.keys.publicKey));
  const codes = (report: CheckReport) => report.failures.map((f) => f.error.code);

  it('issue 25 fault 2: a second certificate of the genuine key, first or last: the lower thumbprint is named', async () => {
    const twin = await costlyCa(genuine.name, await genuineSpki(), genuine.keyId ?? undefined);
    const named = [genuine, twin].sort((x, y) => (thumbprint(x) < thumbprint(y) ? -1 : 1))[0];
    const expected = [named, impostor].map((c) => (c ? thumbprint(c) : '')).sort();
    // Both orders in one test: the lower thumbprint, not the first or the last certificate given.
    const seen = [];
    for (const chain of [
      [genuine, impostor, twin],
      [twin, impostor, genuine],
    ]) {
      const report = await checkCertificates({
        references: [utf8(pemChain(...chain))],
        servers: [],
        at: now,
      });
      const params = report.failures[0]?.error.message.params;
      seen.push([codes(report), params?.['firstThumbprint'], params?.['secondThumbprint']]);
    }
    const want = [['conflicting-references'], ...expected];
    expect(seen).toEqual([want, want]);
  });

  it('issue 25 fault 2: an end entity under the CA name and key id is no contradiction', async () => {
    const leafWithCaName = await anyCertificate({
      serial: nextSerial(),
      subject: genuine.name,
      issuer: genuine.name,
      spki: rsaSpki(2048, 65537n),
      signing: randomRsaSignature(2048),
      extensions: [new SubjectKeyIdentifierExtension(genuine.keyId ?? '')],
    });
    const report = await checkCertificates({
      references: [utf8(pemChain(genuine, leafWithCaName))],
      servers: [],
      at: now,
    });
    expect(codes(report)).toEqual([]);
  });
});

/** Certificates as parsed, so that the conflicts can be found among them directly. */
async function parsed(...certs: TestCert[]): Promise<CertificateInfo[]> {
  const results = await Promise.all(certs.map((c) => parseInput(c.der)));
  return results.flatMap((r) => (r.ok ? r.certificates : []));
}
const ca2 = cas.issuingCa2;
const [third, ca2Impostor, noSkiA, noSkiB] = await Promise.all([
  costlyCa(genuine.name, rsaSpki(2048, 65537n), genuine.keyId ?? undefined),
  costlyCa(ca2.name, rsaSpki(2048, 65537n), ca2.keyId ?? undefined),
  costlyCa(genuine.name, rsaSpki(2048, 65537n)),
  costlyCa(genuine.name, rsaSpki(2048, 65537n)),
]);
if (!third || !ca2Impostor || !noSkiA || !noSkiB) throw new Error('no crafted CA');
describe('issue 25 fault 2: which conflict an input is named for', () => {
  /** The thumbprints an input's error names, or 'none'. */
  const named = (conflicts: ReturnType<typeof findConflicts>, index: number) => {
    const params = conflicts.errors.get(index)?.message.params;
    return params ? [params['firstThumbprint'], params['secondThumbprint']] : 'none';
  };
  const sorted = (...certs: TestCert[]) => certs.map(thumbprint).sort();

  const rows = [
    {
      name: 'three keys under one name and key id: the two that sort first, in any order',
      input: [
        [genuine, impostor, third],
        [third, impostor, genuine],
      ],
      want: sorted(genuine, impostor, third).slice(0, 2),
    },
    {
      name: 'an input in two conflicts: the one whose first thumbprint sorts first',
      input: [
        [genuine, impostor, ca2, ca2Impostor],
        [ca2Impostor, ca2, impostor, genuine],
      ],
      want: [sorted(genuine, impostor), sorted(ca2, ca2Impostor)].sort((a, b) =>
        String(a[0]) < String(b[0]) ? -1 : 1,
      )[0],
    },
    {
      name: 'CA certificates without a key identifier contradict nothing',
      input: [[noSkiA, noSkiB, genuine]],
      want: 'none',
    },
  ];
  it.each(rows)('$name', async ({ input, want }) => {
    for (const certs of input) {
      const conflicts = findConflicts([await parsed(...certs)]);
      expect(named(conflicts, 0)).toEqual(want);
    }
  });

  it('only the inputs holding a conflicting certificate are named, and only those certificates', async () => {
    const inputs = await Promise.all([
      parsed(genuine),
      parsed(ca2, leaves.pchat),
      parsed(impostor),
    ]);
    const conflicts = findConflicts(inputs);
    expect([
      [...conflicts.errors.keys()],
      [...conflicts.conflicting].map((c) => c.sha256).sort(),
    ]).toEqual([[0, 2], sorted(genuine, impostor)]);
  });
});
