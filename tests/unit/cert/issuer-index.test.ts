// Which certificates could have signed a certificate, and what trying them costs, from the index
// of a run's certificates: by issuer name, then by key identifier, each public key once.
import { describe, expect, it } from 'vitest';
import { type CertificateInfo } from '../../../src/lib/cert/index.ts';
import { IssuerIndex, keyIdsAllow, keyOf } from '../../../src/lib/cert/issuer-index.ts';
import { costlyCa, rsaSpki } from '../../support/hostile/costly-keys.ts';
import { createTestPki, type TestCert } from '../../support/pki/index.ts';
import { parsedByLabel } from '../../support/pki/parsed-by-label.ts';

const { cas, leaves } = await createTestPki();
const ca1Spki = new Uint8Array(
  await crypto.subtle.exportKey('spki', cas.issuingCa1.keys.publicKey),
);
const certs = {
  root: cas.root,
  issuingCa1: cas.issuingCa1,
  renewedIssuingCa1: cas.renewedIssuingCa1,
  impostorCa1SameKeyId: cas.impostorCa1SameKeyId,
  /** CA 1's name, a key of its own, no subject key identifier. */
  noSkiCa1: await costlyCa(cas.issuingCa1.name, rsaSpki(2048, 65537n)),
  /** Another certificate of CA 1's key, with its key identifier. */
  twinCa1: await costlyCa(cas.issuingCa1.name, ca1Spki, cas.issuingCa1.keyId ?? undefined),
  /** Another certificate of CA 1's key, without a key identifier. */
  noSkiTwinCa1: await costlyCa(cas.issuingCa1.name, ca1Spki),
  frontEnd: leaves.frontEnd,
  noAki: leaves.noAki,
  otherRoot: leaves.otherRoot,
} satisfies Record<string, TestCert>;
type Label = keyof typeof certs;

const { info, labelOf } = await parsedByLabel(certs);
const labels = (found: readonly CertificateInfo[]): string[] => found.map(labelOf);
const index = (pool: Label[]): IssuerIndex => new IssuerIndex(pool.map(info));
/** A certificate whose signed bytes are `kib` KiB long: hashing it costs units of its own. */
const long = (label: Label, kib: number): CertificateInfo => ({
  ...info(label),
  der: new Uint8Array(kib * 1024),
});

const ca1Names: Label[] = [
  'issuingCa1',
  'renewedIssuingCa1',
  'impostorCa1SameKeyId',
  'noSkiCa1',
  'root',
];

describe('the keys worth trying on a signature', () => {
  const rows: { name: string; input: { pool: Label[]; cert: Label }; want: Label[] }[] = [
    {
      name: 'an AKI: the keys with that key identifier, then those without one',
      input: { pool: ca1Names, cert: 'frontEnd' },
      want: ['issuingCa1', 'impostorCa1SameKeyId', 'noSkiCa1'],
    },
    {
      name: 'no AKI: every key under the issuer name, in pool order',
      input: { pool: ca1Names, cert: 'noAki' },
      want: ['issuingCa1', 'renewedIssuingCa1', 'impostorCa1SameKeyId', 'noSkiCa1'],
    },
    {
      name: 'an AKI no certificate has: only the keys without a key identifier',
      input: { pool: ['renewedIssuingCa1', 'noSkiCa1'], cert: 'frontEnd' },
      want: ['noSkiCa1'],
    },
    {
      name: 'a key in two certificates is tried once, with the first',
      input: { pool: ['issuingCa1', 'twinCa1', 'noSkiTwinCa1'], cert: 'frontEnd' },
      want: ['issuingCa1'],
    },
    {
      name: 'a key listed with and without a key identifier is tried once',
      input: { pool: ['noSkiTwinCa1', 'issuingCa1'], cert: 'frontEnd' },
      want: ['issuingCa1'],
    },
    {
      name: 'the same certificate twice is one key',
      input: { pool: ['issuingCa1', 'issuingCa1'], cert: 'noAki' },
      want: ['issuingCa1'],
    },
    {
      name: 'no certificate with the issuer name',
      input: { pool: ca1Names, cert: 'otherRoot' },
      want: [],
    },
  ];
  it.each(rows)('$name', ({ input, want }) => {
    expect(labels(index(input.pool).candidates(info(input.cert)))).toEqual(want);
  });
});

describe('what trying them costs, before any is tried', () => {
  // Each key here costs one unit; each 256 KiB of signed bytes one more per key.
  const rows: { name: string; input: { pool: Label[]; cert: CertificateInfo }; want: number }[] = [
    {
      name: 'an AKI: two keys with it, one without',
      input: { pool: ca1Names, cert: info('frontEnd') },
      want: 3,
    },
    { name: 'no AKI: all four keys', input: { pool: ca1Names, cert: info('noAki') }, want: 4 },
    {
      name: 'an AKI, 600 KiB signed: 3 keys and 2 units of hashing for each',
      input: { pool: ca1Names, cert: long('frontEnd', 600) },
      want: 9,
    },
    {
      name: 'no AKI, 600 KiB signed: 4 keys and 2 units of hashing for each',
      input: { pool: ca1Names, cert: long('noAki', 600) },
      want: 12,
    },
    {
      name: 'a key in two certificates costs once',
      input: { pool: ['issuingCa1', 'twinCa1', 'issuingCa1'], cert: info('noAki') },
      want: 1,
    },
    {
      name: 'an AKI no certificate has, none without one: nothing to try',
      input: { pool: ['renewedIssuingCa1'], cert: long('frontEnd', 600) },
      want: 0,
    },
    {
      name: 'no certificate with the issuer name',
      input: { pool: ca1Names, cert: info('otherRoot') },
      want: 0,
    },
  ];
  it.each(rows)('$name', ({ input, want }) => {
    expect(index(input.pool).candidateCost(input.cert)).toBe(want);
  });
});

describe('the certificates of the issuer name that hold some keys', () => {
  const pool: Label[] = ['issuingCa1', 'twinCa1', 'noSkiCa1', 'issuingCa1', 'root'];
  const rows: { name: string; input: { cert: Label; keys: Label[] }; want: Label[] }[] = [
    {
      name: 'every certificate of a key, each once, in pool order',
      input: { cert: 'frontEnd', keys: ['issuingCa1'] },
      want: ['issuingCa1', 'twinCa1'],
    },
    {
      name: 'several keys, in the order asked',
      input: { cert: 'frontEnd', keys: ['noSkiCa1', 'issuingCa1'] },
      want: ['noSkiCa1', 'issuingCa1', 'twinCa1'],
    },
    { name: 'a key of another name', input: { cert: 'frontEnd', keys: ['root'] }, want: [] },
    {
      name: 'an issuer name not indexed',
      input: { cert: 'otherRoot', keys: ['issuingCa1'] },
      want: [],
    },
  ];
  it.each(rows)('$name', ({ input, want }) => {
    const keys = new Set(input.keys.map((label) => keyOf(info(label))));
    expect(labels(index(pool).holding(info(input.cert), keys))).toEqual(want);
  });
});

describe('one key per name and key identifier', () => {
  const pool: Label[] = [...ca1Names, 'twinCa1'];
  const keyId = (label: Label) => info(label).subjectKeyId ?? '';
  const rows: { name: string; input: { name: Label; keyId: string }; want: Label[] }[] = [
    {
      name: 'the keys under CA 1 and its key id, impostor included',
      input: { name: 'issuingCa1', keyId: keyId('issuingCa1') },
      want: ['issuingCa1', 'impostorCa1SameKeyId'],
    },
    {
      name: 'a key id no certificate of the name has',
      input: { name: 'issuingCa1', keyId: keyId('root') },
      want: [],
    },
    {
      name: 'a name not indexed',
      input: { name: 'frontEnd', keyId: keyId('issuingCa1') },
      want: [],
    },
  ];
  it.each(rows)('$name', ({ input, want }) => {
    expect(labels(index(pool).withKeyId(info(input.name).subject, input.keyId))).toEqual(want);
  });
});

describe('whether key identifiers allow a signature check', () => {
  const rows: { name: string; input: [string | null, string | null]; want: boolean }[] = [
    { name: 'equal', input: ['a1', 'a1'], want: true },
    { name: 'different', input: ['a1', 'b2'], want: false },
    { name: 'no AKI', input: [null, 'b2'], want: true },
    { name: 'no SKI', input: ['a1', null], want: true },
    { name: 'neither', input: [null, null], want: true },
  ];
  it.each(rows)('$name', ({ input, want }) => {
    expect(keyIdsAllow(...input)).toBe(want);
  });
});

describe('a public key as a string', () => {
  const huge = (label: Label) => ({
    ...info(label),
    subjectPublicKeyInfo: new Uint8Array(65 * 1024),
  });
  const rows = [
    {
      name: 'two certificates of one key',
      input: [info('issuingCa1'), info('twinCa1')],
      want: true,
    },
    { name: 'two keys', input: [info('issuingCa1'), info('renewedIssuingCa1')], want: false },
    // Too large to compare cheaply: each certificate stands for itself.
    {
      name: 'one huge key in two certificates',
      input: [huge('issuingCa1'), huge('twinCa1')],
      want: false,
    },
  ];
  it.each(rows)('$name', ({ input: [a, b], want }) => {
    expect(a && b && keyOf(a) === keyOf(b)).toBe(want);
  });
});
