// The "many certificates at once" rule (docs/checker-contract.md) without a browser.
import { describe, expect, it } from 'vitest';
import {
  assignCertificates,
  fillRows,
  type BulkRow,
} from '../../../../src/scripts/checker/page/bulk-fill.ts';
import { initialState, type CheckerState } from '../../../../src/scripts/checker/page/state.ts';
import { inputErrorKeys, type InputError } from '../../../../src/lib/cert/index.ts';
import type { SplitCertificate, WorkerAnswer } from '../../../../src/scripts/checker/protocol.ts';

// A certificate's PEM here is its number: the rule only passes the text on.
const leaf = (id: number, names: string[], issuer = 'CN=Issuing'): SplitCertificate => ({
  pem: String(id),
  request: false,
  isCa: false,
  dnsNames: names,
  hosts: names.map((name) => name.toLowerCase()),
  subject: `CN=${names[0] ?? 'none'}`,
  issuer,
});
const request = (id: number, names: string[]): SplitCertificate => ({
  ...leaf(id, names, ''),
  request: true,
});
const ca = (id: number, subject: string, issuer: string): SplitCertificate => ({
  pem: String(id),
  request: false,
  isCa: true,
  dnsNames: [],
  hosts: [],
  subject,
  issuer,
});
const row = (id: number, fqdn: string, hasCertificate = false): BulkRow => ({
  id,
  fqdn,
  hasCertificate,
});

const cases: readonly {
  name: string;
  input: { rows: BulkRow[]; pool: SplitCertificate[] };
  want: {
    row: number | null;
    fqdn: string;
    fromCertificate: boolean;
    chain: number[];
  }[];
}[] = [
  {
    name: 'a certificate goes to the prefilled row its SAN names, case and trailing dot ignored',
    input: {
      rows: [row(1, 'PCHAT02.contoso.com.'), row(2, '')],
      pool: [leaf(10, ['pchat02.contoso.com'])],
    },
    want: [{ row: 1, fqdn: 'PCHAT02.contoso.com.', fromCertificate: false, chain: [10] }],
  },
  {
    name: 'unmatched certificates fill the blank row, then new rows, FQDN from the first SAN',
    input: {
      rows: [row(1, 'pchat01.contoso.com'), row(2, '')],
      pool: [
        leaf(10, ['pchat02.contoso.com', 'alias.contoso.com']),
        leaf(11, ['pchat03.contoso.com']),
        leaf(12, ['pchat01.contoso.com']),
      ],
    },
    want: [
      { row: 1, fqdn: 'pchat01.contoso.com', fromCertificate: false, chain: [12] },
      { row: 2, fqdn: 'pchat02.contoso.com', fromCertificate: true, chain: [10] },
      { row: null, fqdn: 'pchat03.contoso.com', fromCertificate: true, chain: [11] },
    ],
  },
  {
    name: 'a row that already has a certificate keeps it: the match gets a new row',
    input: {
      rows: [row(1, 'pchat01.contoso.com', true)],
      pool: [leaf(10, ['pchat01.contoso.com'])],
    },
    want: [{ row: null, fqdn: 'pchat01.contoso.com', fromCertificate: true, chain: [10] }],
  },
  {
    name: 'CA certificates are the chain of the certificates they issued, not rows',
    input: {
      rows: [row(1, '')],
      pool: [
        ca(20, 'CN=Root', 'CN=Root'),
        leaf(10, ['a.contoso.com']),
        ca(21, 'CN=Issuing', 'CN=Root'),
        ca(22, 'CN=Other', 'CN=Root'),
      ],
    },
    want: [{ row: 1, fqdn: 'a.contoso.com', fromCertificate: true, chain: [10, 21, 20] }],
  },
  {
    name: 'a certificate without DNS names gets a new row without an FQDN',
    input: { rows: [row(1, 'x.contoso.com')], pool: [leaf(10, [])] },
    want: [{ row: null, fqdn: '', fromCertificate: false, chain: [10] }],
  },
  {
    name: 'a certificate request takes the row its requested SAN names, with no chain',
    input: {
      rows: [row(1, 'pchat01.contoso.com'), row(2, '')],
      pool: [ca(20, 'CN=Root', 'CN=Root'), request(10, ['pchat01.contoso.com'])],
    },
    want: [{ row: 1, fqdn: 'pchat01.contoso.com', fromCertificate: false, chain: [10] }],
  },
  {
    name: 'only CA certificates fill nothing',
    input: { rows: [row(1, '')], pool: [ca(20, 'CN=Root', 'CN=Root')] },
    want: [],
  },
];

describe('bulk fill', () => {
  it.each(cases)('$name', ({ input, want }) => {
    const got = assignCertificates(input.rows, input.pool).map((a) => ({
      row: a.row,
      fqdn: a.fqdn,
      fromCertificate: a.fromCertificate,
      chain: a.pems.map(Number),
    }));
    expect(got).toEqual(want);
  });
});

describe('what a split answer leaves in the many-servers field', () => {
  const error = (code: 'private-key' | 'too-many-labels'): InputError => ({
    code,
    message: { key: inputErrorKeys[code], params: {} },
  });
  const summary = { references: 1, servers: 2, certificates: 3, ignoredLines: 1 };
  const bundle = { summary, references: [], servers: [] };
  const state: CheckerState = {
    ...initialState,
    bulk: {
      text: '',
      files: [{ id: 7, name: 'bundle.txt', bytes: new Uint8Array() }],
      refusals: [],
    },
  };
  const cases: readonly {
    name: string;
    input: Extract<WorkerAnswer, { type: 'split' }>['inputs'];
    want: { refusals: [string | null, string, string | undefined][]; bundles: (string | null)[] };
  }[] = [
    {
      name: 'key material is refused as such and cleared, named by its file',
      input: [{ key: 'bulk:7', certificates: null, error: error('private-key'), bundle: null }],
      want: { refusals: [['bundle.txt', 'private-key', 'private-key']], bundles: [] },
    },
    {
      name: 'a bundle refused whole says why, the paste unnamed',
      input: [
        { key: 'bulk:paste', certificates: null, error: error('too-many-labels'), bundle: null },
      ],
      want: { refusals: [[null, 'unreadable', 'too-many-labels']], bundles: [] },
    },
    {
      name: 'a bundle read says what it held, under its file name',
      input: [{ key: 'bulk:7', certificates: null, error: null, bundle }],
      want: { refusals: [], bundles: ['bundle.txt'] },
    },
  ];
  it.each(cases)('$name', ({ input, want }) => {
    const filled = fillRows(state, { type: 'split', id: 1, inputs: input });
    expect({
      refusals: filled.bulk.refusals.map((r) => [r.name, r.code, r.error?.code]),
      bundles: filled.bundles.map((b) => b.name),
    }).toEqual(want);
    expect(filled.bulk.files).toEqual([]);
    expect(filled.bundles.map((b) => b.summary)).toEqual(want.bundles.map(() => summary));
  });
});
