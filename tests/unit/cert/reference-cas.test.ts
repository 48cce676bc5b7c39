// Who the reference CAs are (contract: "Who is the reference CA"), on their own: which entries the
// reference certificates give, in which order, with which keys and which impostors, when the other
// inputs hold the CA certificates as evidence and when the signature work allowed runs out.
import { describe, expect, it } from 'vitest';
import { IssuerIndex } from '../../../src/lib/cert/issuer-index.ts';
import { selectReferenceCas, type ReferenceCa } from '../../../src/lib/cert/reference-cas.ts';
import { SignatureBudget } from '../../../src/lib/cert/signature-budget.ts';
import { costlyCa, rsaSpki } from '../../support/hostile/costly-keys.ts';
import { createTestPki, type TestCert } from '../../support/pki/index.ts';
import { parsedByLabel } from '../../support/pki/parsed-by-label.ts';

const pki = await createTestPki();
const { cas, leaves } = pki;
const certs = {
  root: cas.root,
  issuingCa1: cas.issuingCa1,
  issuingCa2: cas.issuingCa2,
  renewedIssuingCa1: cas.renewedIssuingCa1,
  impostorCa1SameKeyId: cas.impostorCa1SameKeyId,
  otherIssuingCa: cas.otherIssuingCa,
  /** CA 1's name, a key of its own, no subject key identifier. */
  noSkiCa1: await costlyCa(cas.issuingCa1.name, rsaSpki(2048, 65537n)),
  frontEnd: leaves.frontEnd,
  pchat: leaves.pchat,
  noAki: leaves.noAki,
  renewedCa1: leaves.renewedCa1,
  ca2: leaves.ca2,
  otherRoot: leaves.otherRoot,
} satisfies Record<string, TestCert>;
type Label = keyof typeof certs;

/** Each certificate parsed once, so that the entries can be named by the label they came from. */
const { info, labelOf, entries } = await parsedByLabel(certs);
/** The CA certificate whose subject key identifier is this one (CA 1's before its impostor's). */
const keyIdLabel = (keyId: string | null): string | null =>
  keyId === null
    ? null
    : (entries.find(([, c]) => c.isCa && c.subjectKeyId === keyId)?.[0] ?? keyId);

/** An entry as a row reads it: the CA's common name, whose key id, and certificates by label. */
const seen = (ca: ReferenceCa) => ({
  name: /CN=([^,]+)/.exec(ca.name.text)?.[1],
  keyId: keyIdLabel(ca.keyId),
  keys: ca.keys.map(labelOf),
  impostors: ca.impostors.map(labelOf),
  isRoot: ca.isRoot,
});

const ca1 = 'Contoso Issuing CA 1';
const entry = (
  name: string,
  keyId: Label | null,
  keys: Label[] = [],
  impostors: Label[] = [],
  isRoot = false,
) => ({ name, keyId, keys, impostors, isRoot });

const rows: {
  name: string;
  /** The reference certificates, the other inputs' certificates, the signature units reserved. */
  input: { refs: Label[]; evidence?: Label[]; units?: number };
  want: ReturnType<typeof entry>[];
}[] = [
  {
    name: 'CA certificates only: the lowest CA of the chain, not its root',
    input: { refs: ['root', 'issuingCa1'] },
    want: [entry(ca1, 'issuingCa1', ['issuingCa1'])],
  },
  {
    name: 'CA certificates only: two issuing CAs in input order, each its own key',
    input: { refs: ['issuingCa2', 'root', 'issuingCa1'] },
    want: [
      entry('Contoso Issuing CA 2', 'issuingCa2', ['issuingCa2']),
      entry(ca1, 'issuingCa1', ['issuingCa1']),
    ],
  },
  {
    name: 'a root alone is the reference CA, marked as a root',
    input: { refs: ['root'] },
    want: [entry('Contoso Root CA', 'root', ['root'], [], true)],
  },
  {
    name: 'an end entity alone: its issuer by name and key identifier, no key',
    input: { refs: ['frontEnd'] },
    want: [entry(ca1, 'issuingCa1')],
  },
  {
    name: 'an end entity without AKI alone: its issuer by name only',
    input: { refs: ['noAki'] },
    want: [entry(ca1, null)],
  },
  {
    name: 'an end entity with its CA among the other inputs: the CA key is proven',
    input: { refs: ['frontEnd'], evidence: ['issuingCa1'] },
    want: [entry(ca1, 'issuingCa1', ['issuingCa1'])],
  },
  {
    name: 'two end entities of one CA: one entry, its key listed once',
    input: { refs: ['frontEnd', 'pchat'], evidence: ['issuingCa1'] },
    want: [entry(ca1, 'issuingCa1', ['issuingCa1'])],
  },
  {
    name: 'two end entities of one CA, no CA certificate: one entry',
    input: { refs: ['frontEnd', 'pchat'] },
    want: [entry(ca1, 'issuingCa1')],
  },
  {
    name: 'a proven CA certificate in the references keeps its place before later entries',
    input: { refs: ['issuingCa1', 'otherRoot', 'frontEnd'] },
    want: [
      entry(ca1, 'issuingCa1', ['issuingCa1']),
      entry('Fabrikam Issuing CA', 'otherIssuingCa'),
    ],
  },
  {
    name: 'a CA certificate that issued no reference end entity is not a reference CA',
    input: { refs: ['frontEnd', 'root', 'issuingCa2'] },
    want: [entry(ca1, 'issuingCa1')],
  },
  {
    name: 'a CA certificate that issued one is, and its issuer is not',
    input: { refs: ['frontEnd', 'issuingCa1', 'root'] },
    want: [entry(ca1, 'issuingCa1', ['issuingCa1'])],
  },
  {
    name: 'no signature work left: the CA certificate in the references still gives the key',
    input: { refs: ['frontEnd', 'issuingCa1'], units: 0 },
    want: [entry(ca1, 'issuingCa1', ['issuingCa1'])],
  },
  {
    name: 'end entities of a CA and of its renewal: one entry per key identifier',
    input: { refs: ['frontEnd', 'renewedCa1'], evidence: ['issuingCa1'] },
    want: [entry(ca1, 'issuingCa1', ['issuingCa1']), entry(ca1, 'renewedIssuingCa1')],
  },
  {
    name: 'an end entity without AKI adds nothing beside its proven CA',
    input: { refs: ['frontEnd', 'noAki'], evidence: ['issuingCa1'], units: 1 },
    want: [entry(ca1, 'issuingCa1', ['issuingCa1'])],
  },
  {
    name: 'an end entity without AKI, proven: the CA it names',
    input: { refs: ['noAki'], evidence: ['issuingCa1'] },
    want: [entry(ca1, 'issuingCa1', ['issuingCa1'])],
  },
  {
    name: 'a CA certificate without key identifier, nothing checked: it names the CA of an end entity without AKI',
    input: { refs: ['noAki', 'noSkiCa1'], units: 0 },
    want: [entry(ca1, null, ['noSkiCa1'])],
  },
  {
    name: 'another key under the proven key id is an impostor',
    input: { refs: ['frontEnd'], evidence: ['impostorCa1SameKeyId', 'issuingCa1'] },
    want: [entry(ca1, 'issuingCa1', ['issuingCa1'], ['impostorCa1SameKeyId'])],
  },
  {
    name: 'a key under the key id that does not verify the end entity is an impostor',
    input: { refs: ['frontEnd'], evidence: ['impostorCa1SameKeyId'] },
    want: [entry(ca1, 'issuingCa1', [], ['impostorCa1SameKeyId'])],
  },
  {
    name: 'a key under the key id that was never tried is not called an impostor',
    input: { refs: ['frontEnd'], evidence: ['impostorCa1SameKeyId'], units: 0 },
    want: [entry(ca1, 'issuingCa1')],
  },
  {
    name: 'a refuted CA certificate in the references is not a reference CA',
    input: { refs: ['impostorCa1SameKeyId', 'frontEnd'] },
    want: [entry(ca1, 'issuingCa1', [], ['impostorCa1SameKeyId'])],
  },
  {
    name: 'a CA certificate refuted by one end entity and proven by none stays out',
    input: { refs: ['impostorCa1SameKeyId', 'frontEnd', 'pchat'], evidence: ['issuingCa1'] },
    want: [entry(ca1, 'issuingCa1', ['issuingCa1'], ['impostorCa1SameKeyId'])],
  },
];

describe('who the reference CAs are', () => {
  it.each(rows)('$name', async ({ input, want }) => {
    const refs = input.refs.map(info);
    const index = new IssuerIndex([...refs, ...(input.evidence ?? []).map(info)]);
    const budget = new SignatureBudget(crypto);
    budget.reserve(input.units ?? 64);
    const got = await selectReferenceCas(refs, index, budget);
    expect(got.map(seen)).toEqual(want);
  });
});
