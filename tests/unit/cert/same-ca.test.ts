// The same-CA decision for one server certificate on its own (contract: "Same-CA decision per
// server"): against reference CAs given row by row, with the keys, key identifiers and impostors
// each holds, and with or without the signature work to check the server's signature.
import { describe, expect, it } from 'vitest';
import { type CertificateInfo } from '../../../src/lib/cert/index.ts';
import type { ReferenceCa } from '../../../src/lib/cert/reference-cas.ts';
import { decideSameCa, sameCaCost } from '../../../src/lib/cert/same-ca.ts';
import { SignatureBudget } from '../../../src/lib/cert/signature-budget.ts';
import { costlyCa, rsaSpki } from '../../support/hostile/costly-keys.ts';
import { createTestPki, type TestCert } from '../../support/pki/index.ts';
import { parsedByLabel } from '../../support/pki/parsed-by-label.ts';

const { cas, leaves } = await createTestPki();
const certs = {
  root: cas.root,
  issuingCa1: cas.issuingCa1,
  issuingCa2: cas.issuingCa2,
  impostorCa1SameKeyId: cas.impostorCa1SameKeyId,
  /** CA 1's name, an 8192-bit key (4 units a check), no key identifier. */
  costlyCa1: await costlyCa(cas.issuingCa1.name, rsaSpki(8192, 65537n)),
  pchat: leaves.pchat,
  noAki: leaves.noAki,
  renewedCa1: leaves.renewedCa1,
  impostorSameKeyId: leaves.impostorSameKeyId,
  ca2: leaves.ca2,
} satisfies Record<string, TestCert>;
type Label = keyof typeof certs;

const { info } = await parsedByLabel(certs);

/** A reference CA with `of`'s name (and key id unless `keyId` says otherwise). */
const ca = (
  of: Label,
  {
    keyId = of,
    keys = [],
    impostors = [],
  }: { keyId?: Label | null; keys?: Label[]; impostors?: Label[] } = {},
): ReferenceCa => ({
  name: info(of).subject,
  keyId: keyId === null ? null : info(keyId).subjectKeyId,
  keys: keys.map(info),
  impostors: impostors.map(info),
  isRoot: info(of).selfIssued,
});
const ca1 = ca('issuingCa1', { keys: ['issuingCa1'] });
const ca1KeyIdOnly = ca('issuingCa1');
const ca1NameOnly = ca('issuingCa1', { keyId: null });
const ca1WithImpostor = ca('issuingCa1', {
  keys: ['issuingCa1'],
  impostors: ['impostorCa1SameKeyId'],
});
const root = ca('root', { keys: ['root'] });

/** Decides with the work for every check reserved, none, or some units. */
async function decide(server: Label, references: ReferenceCa[], work: boolean | number = true) {
  const budget = new SignatureBudget(crypto);
  const units = work === true ? sameCaCost(info(server), references) : Number(work);
  budget.reserve(units);
  return decideSameCa(info(server), references, budget);
}

describe('the same-CA decision', () => {
  const rows: {
    name: string;
    input: { server: Label; cas: ReferenceCa[]; work?: boolean | number };
    want: string;
  }[] = [
    {
      name: 'the CA key verifies',
      input: { server: 'pchat', cas: [ca1] },
      want: 'verified pass verified',
    },
    {
      name: 'the CA key at hand, no work left to check: said, never passed',
      input: { server: 'pchat', cas: [ca1], work: false },
      want: 'unverifiable warn unverifiable',
    },
    {
      name: 'key identifiers alone',
      input: { server: 'pchat', cas: [ca1KeyIdOnly] },
      want: 'key-id pass key-id',
    },
    {
      name: 'no AKI: the CA key still verifies',
      input: { server: 'noAki', cas: [ca1] },
      want: 'verified pass verified',
    },
    {
      name: 'no AKI, no work left',
      input: { server: 'noAki', cas: [ca1], work: false },
      want: 'name-only warn name-only-unverifiable',
    },
    {
      name: 'no AKI, no CA key',
      input: { server: 'noAki', cas: [ca1KeyIdOnly] },
      want: 'name-only warn name-only',
    },
    {
      name: 'a CA known by name only',
      input: { server: 'pchat', cas: [ca1NameOnly] },
      want: 'name-only warn name-only',
    },
    {
      name: 'another key identifier under the name',
      input: { server: 'renewedCa1', cas: [ca1] },
      want: 'renewed-key warn renewed-key-id',
    },
    {
      name: 'another key identifier, no CA key',
      input: { server: 'renewedCa1', cas: [ca1KeyIdOnly] },
      want: 'renewed-key warn renewed-key-id',
    },
    {
      name: 'the key identifier copied, the CA key refutes the signature',
      input: { server: 'impostorSameKeyId', cas: [ca1] },
      want: 'renewed-key warn renewed-key-signature',
    },
    {
      name: 'the impostor key signed it',
      input: { server: 'impostorSameKeyId', cas: [ca1WithImpostor] },
      want: 'different fail impostor-key',
    },
    {
      name: 'an impostor known, no work left: unverifiable, not an impostor',
      input: { server: 'impostorSameKeyId', cas: [ca1WithImpostor], work: false },
      want: 'unverifiable warn unverifiable',
    },
    {
      name: 'an impostor of the key id does not matter to a server with another AKI',
      input: {
        server: 'renewedCa1',
        cas: [ca('issuingCa1', { keyId: 'issuingCa1', impostors: ['impostorCa1SameKeyId'] })],
      },
      want: 'renewed-key warn renewed-key-id',
    },
    {
      name: 'one of the CA keys verifies: verified, whatever the others say',
      input: {
        server: 'noAki',
        cas: [ca('issuingCa1', { keyId: null, keys: ['root', 'issuingCa1'] })],
      },
      want: 'verified pass verified',
    },
    {
      name: 'a CA key refutes, another could not be checked: refuted wins',
      input: {
        server: 'noAki',
        cas: [ca('issuingCa1', { keyId: null, keys: ['costlyCa1', 'root'] })],
        work: 1,
      },
      want: 'renewed-key warn renewed-key-signature',
    },
    {
      name: 'a CA key refutes, a later one could not be checked: refuted wins',
      input: {
        server: 'noAki',
        cas: [ca('issuingCa1', { keyId: null, keys: ['root', 'costlyCa1'] })],
        work: 1,
      },
      want: 'renewed-key warn renewed-key-signature',
    },
    {
      name: 'another key identifier, a CA key without one that could not be checked',
      input: {
        server: 'renewedCa1',
        cas: [ca('issuingCa1', { keys: ['costlyCa1'] })],
        work: false,
      },
      want: 'renewed-key warn renewed-key-id-unverifiable',
    },
    {
      name: 'of two equally strong decisions, the first stands',
      input: { server: 'renewedCa1', cas: [ca1, ca('issuingCa1', { keys: ['costlyCa1'] })] },
      want: 'renewed-key warn renewed-key-id',
    },
    { name: 'another CA', input: { server: 'ca2', cas: [ca1] }, want: 'different fail different' },
    {
      name: 'a root only',
      input: { server: 'ca2', cas: [root] },
      want: 'different fail different-root-only',
    },
    {
      name: 'a root beside an issuing CA: no root-only hint',
      input: { server: 'ca2', cas: [root, ca1] },
      want: 'different fail different',
    },
    {
      name: 'no reference CA',
      input: { server: 'pchat', cas: [] },
      want: 'different fail different',
    },
    {
      name: 'the strongest decision wins, whatever the order (weaker first)',
      input: { server: 'pchat', cas: [ca1NameOnly, ca1KeyIdOnly, ca1] },
      want: 'verified pass verified',
    },
    {
      name: 'the strongest decision wins, whatever the order (stronger first)',
      input: { server: 'pchat', cas: [ca1, ca1NameOnly, ca1KeyIdOnly] },
      want: 'verified pass verified',
    },
    {
      name: 'key id beats name only',
      input: { server: 'pchat', cas: [ca1NameOnly, ca1KeyIdOnly] },
      want: 'key-id pass key-id',
    },
    {
      name: 'an impostor key overrides a later reference CA that takes it for its own',
      input: {
        server: 'impostorSameKeyId',
        cas: [ca1WithImpostor, ca('issuingCa1', { keys: ['impostorCa1SameKeyId'] })],
      },
      want: 'different fail impostor-key',
    },
    {
      name: 'an impostor key overrides an earlier stronger decision',
      input: {
        server: 'impostorSameKeyId',
        cas: [ca('issuingCa1', { keys: ['impostorCa1SameKeyId'] }), ca1WithImpostor],
      },
      want: 'different fail impostor-key',
    },
  ];
  it.each(rows)('$name', async ({ input, want }) => {
    const result = await decide(input.server, input.cas, input.work);
    expect(
      `${result.sameCa} ${result.status} ${result.message.key.replace('check.same-ca.', '')}`,
    ).toBe(want);
  });

  const ca1Text = 'CN=Contoso Issuing CA 1, O=Contoso Müller GmbH, C=DE';
  const paramRows = [
    {
      name: 'the CA and the server named, with both key identifiers and the algorithm',
      input: { server: 'pchat' as Label, cas: [ca1] },
      want: {
        ca: ca1Text,
        caKeyId: cas.issuingCa1.keyId,
        issuer: ca1Text,
        serverKeyId: cas.issuingCa1.keyId,
        algorithm: 'sha256WithRSAEncryption',
      },
    },
    {
      name: 'the CA decided on, not the first one',
      input: { server: 'pchat' as Label, cas: [root, ca1NameOnly] },
      want: { ca: ca1Text, caKeyId: '', issuer: ca1Text, serverKeyId: cas.issuingCa1.keyId },
    },
    {
      name: 'no key identifiers',
      input: { server: 'noAki' as Label, cas: [ca1NameOnly] },
      want: { ca: ca1Text, caKeyId: '', serverKeyId: '' },
    },
    {
      name: 'no reference CA',
      input: { server: 'pchat' as Label, cas: [] },
      want: { ca: '', caKeyId: '', issuer: ca1Text },
    },
  ];
  it.each(paramRows)('$name', async ({ input, want }) => {
    const result = await decide(input.server, input.cas);
    expect(result.message.params).toMatchObject(want);
  });
});

describe('the signature work the decision needs', () => {
  const long = (label: Label): CertificateInfo => ({
    ...info(label),
    der: new Uint8Array(600 * 1024),
  });
  const rows: {
    name: string;
    input: { server: CertificateInfo; cas: ReferenceCa[] };
    want: number;
  }[] = [
    { name: 'one CA key', input: { server: info('pchat'), cas: [ca1] }, want: 1 },
    { name: 'one CA key, 600 KiB signed', input: { server: long('pchat'), cas: [ca1] }, want: 3 },
    {
      name: 'a key listed by two reference CAs is tried once',
      input: { server: info('pchat'), cas: [ca1, ca1WithImpostor] },
      want: 2,
    },
    {
      name: 'the impostor key too, when the AKI names its key id',
      input: { server: info('impostorSameKeyId'), cas: [ca1WithImpostor] },
      want: 2,
    },
    {
      name: 'no impostor key for another AKI',
      input: { server: info('renewedCa1'), cas: [ca1WithImpostor] },
      want: 0,
    },
    {
      name: 'no key under key identifiers alone',
      input: { server: info('pchat'), cas: [ca1KeyIdOnly] },
      want: 0,
    },
    {
      name: 'no AKI: every key of the CA, none of another name',
      input: {
        server: info('noAki'),
        cas: [
          ca('issuingCa1', { keyId: null, keys: ['issuingCa1', 'root'] }),
          ca('issuingCa2', { keyId: null, keys: ['issuingCa2'] }),
        ],
      },
      want: 2,
    },
    {
      name: 'no AKI: no impostor key, whatever the CA lists',
      input: {
        server: info('noAki'),
        cas: [ca('issuingCa1', { keyId: null, impostors: ['impostorCa1SameKeyId'] })],
      },
      want: 0,
    },
    { name: 'no key of another CA', input: { server: info('ca2'), cas: [ca1, root] }, want: 0 },
  ];
  it.each(rows)('$name', ({ input, want }) => {
    expect(sameCaCost(input.server, input.cas)).toBe(want);
  });
});
