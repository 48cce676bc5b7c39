// A bundle's labels in "Many servers at once" without a browser (docs/checker-contract.md,
// "Bundles"; issue 22): the reference field, one row per server FQDN (filled, never duplicated),
// its role from the label, and a label's problem kept as its row's message. Then the request: each
// labelled certificate of a row is a server of its own with its label words.
import { describe, expect, it } from 'vitest';
import { fillLabelled } from '../../../../src/scripts/checker/page/fill-labelled.ts';
import { requestOf } from '../../../../src/scripts/checker/page/request-of.ts';
import {
  initialState,
  newRow,
  type CheckerState,
  type RowState,
} from '../../../../src/scripts/checker/page/state.ts';
import type { BundleServer, SplitBundle } from '../../../../src/scripts/checker/protocol.ts';

const summary = { references: 0, servers: 0, certificates: 0, ignoredLines: 0 };
const noCertificate = { key: 'bundle:input.error.label-without-certificate', params: {} } as const;

/** A bundle server with one certificate per label; a label starting with `!` has nothing under it. */
const server = (fqdn: string, role: BundleServer['role'], ...labels: string[]): BundleServer => ({
  fqdn,
  host: fqdn.toLowerCase().replace(/\.$/, ''),
  role,
  certificates: labels.map((label) => ({
    name: `# ${fqdn} ${label.replace('!', '')}`,
    label: label.replace('!', ''),
    pem: label.startsWith('!') ? '' : `PEM ${label}`,
    problem: label.startsWith('!') ? noCertificate : null,
  })),
});
const bundle = (servers: BundleServer[], references = 0): SplitBundle => ({
  summary,
  servers,
  references: Array.from({ length: references }, () => ({
    name: '# reference',
    label: 'reference',
    pem: 'PEM reference',
    problem: null,
  })),
});
/** A state whose rows have these FQDNs; `+` marks a row that already holds a certificate. */
function stateWith(...fqdns: string[]): CheckerState {
  const rows = fqdns.map((typed, index): RowState => {
    const row = newRow(index + 1, typed.replace('+', ''));
    return typed.startsWith('+')
      ? { ...row, field: { text: 'typed PEM', files: [], refusals: [] } }
      : row;
  });
  return { ...initialState, rows, nextId: rows.length + 1 };
}
/** Each row as the rule leaves it: its FQDN as typed, its role and its inputs by name. */
const rowsOf = (state: CheckerState) =>
  state.rows.map((row) => ({
    fqdn: row.typed,
    role: row.role,
    inputs: [
      ...(row.field.text === '' ? [] : [row.field.text]),
      ...row.field.files.map((file) =>
        file.problem ? `${file.name} (no certificate)` : file.name,
      ),
    ],
  }));

const cases: readonly {
  name: string;
  input: { state: CheckerState; bundles: SplitBundle[] };
  want: { rows: ReturnType<typeof rowsOf>; references: string[] };
}[] = [
  {
    name: 'a server fills the row with its FQDN, case and trailing dot ignored, typed FQDN kept',
    input: {
      state: stateWith('PCHAT01.contoso.com.', ''),
      bundles: [
        bundle([server('pchat01.contoso.com', 'persistent-chat', 'PersistentChat Default')]),
      ],
    },
    want: {
      rows: [
        {
          fqdn: 'PCHAT01.contoso.com.',
          role: 'persistent-chat',
          inputs: ['# pchat01.contoso.com PersistentChat Default'],
        },
        { fqdn: '', role: 'persistent-chat', inputs: [] },
      ],
      references: [],
    },
  },
  {
    name: 'several labels of one server are one row; its role comes from the label',
    input: {
      state: stateWith(''),
      bundles: [
        bundle([
          server(
            'fe01.contoso.com',
            'front-end',
            'FrontEnd Default',
            'FrontEnd WebServicesInternal',
          ),
        ]),
      ],
    },
    want: {
      rows: [
        {
          fqdn: 'fe01.contoso.com',
          role: 'front-end',
          inputs: [
            '# fe01.contoso.com FrontEnd Default',
            '# fe01.contoso.com FrontEnd WebServicesInternal',
          ],
        },
      ],
      references: [],
    },
  },
  {
    name: 'a server without a row takes the blank row, then a new one',
    input: {
      state: stateWith('pchat01.contoso.com', ''),
      bundles: [
        bundle([
          server('fe01.contoso.com', 'front-end', 'FrontEnd Default'),
          server('fe02.contoso.com', 'front-end', 'FrontEnd Default'),
        ]),
      ],
    },
    want: {
      rows: [
        { fqdn: 'pchat01.contoso.com', role: 'persistent-chat', inputs: [] },
        {
          fqdn: 'fe01.contoso.com',
          role: 'front-end',
          inputs: ['# fe01.contoso.com FrontEnd Default'],
        },
        {
          fqdn: 'fe02.contoso.com',
          role: 'front-end',
          inputs: ['# fe02.contoso.com FrontEnd Default'],
        },
      ],
      references: [],
    },
  },
  {
    name: 'a row that already has the FQDN takes the bundle: filled, not duplicated',
    input: {
      state: stateWith('+pchat01.contoso.com'),
      bundles: [bundle([server('pchat01.contoso.com', null, 'Default')])],
    },
    want: {
      rows: [
        {
          fqdn: 'pchat01.contoso.com',
          role: 'persistent-chat',
          inputs: ['# pchat01.contoso.com Default'],
        },
      ],
      references: [],
    },
  },
  {
    name: 'a label with nothing under it stays in its row, with its problem',
    input: {
      state: stateWith(''),
      bundles: [
        bundle([server('pchat02.contoso.com', 'persistent-chat', '!PersistentChat Default')]),
      ],
    },
    want: {
      rows: [
        {
          fqdn: 'pchat02.contoso.com',
          role: 'persistent-chat',
          inputs: ['# pchat02.contoso.com PersistentChat Default (no certificate)'],
        },
      ],
      references: [],
    },
  },
  {
    name: 'the references replace an earlier bundle’s, never what was typed',
    input: {
      state: fillLabelled(
        { ...stateWith(''), reference: { text: 'typed CA', files: [], refusals: [] } },
        [bundle([], 1)],
      ),
      bundles: [bundle([], 1)],
    },
    want: {
      rows: [{ fqdn: '', role: 'persistent-chat', inputs: [] }],
      references: ['typed CA', '# reference'],
    },
  },
  {
    name: 'a label that is not an FQDN names its row all the same (the row shows the FQDN error)',
    input: {
      state: stateWith(''),
      bundles: [bundle([server('fe01', 'front-end', 'FrontEnd Default')])],
    },
    want: {
      rows: [{ fqdn: 'fe01', role: 'front-end', inputs: ['# fe01 FrontEnd Default'] }],
      references: [],
    },
  },
];

describe('a bundle fills the page', () => {
  it.each(cases)('$name', ({ input, want }) => {
    const state = fillLabelled(input.state, input.bundles);
    const references = [
      ...(state.reference.text === '' ? [] : [state.reference.text]),
      ...state.reference.files.map((file) => file.name),
    ];
    expect({ rows: rowsOf(state), references }).toEqual(want);
    // Every input has its own id, none reused.
    const ids = [
      ...state.rows.map((row) => row.id),
      ...state.rows.flatMap((row) => row.field.files.map((f) => f.id)),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a row filled twice with the same bundle keeps one row per server', () => {
    const servers = [server('fe01.contoso.com', 'front-end', 'FrontEnd Default')];
    const once = fillLabelled(stateWith(''), [bundle(servers)]);
    const twice = fillLabelled(once, [bundle(servers)]);
    expect(rowsOf(twice)).toEqual(rowsOf(once));
  });

  it('each labelled certificate is a server of the request, with its label; a problem is not sent', () => {
    const state = fillLabelled(stateWith(''), [
      bundle([
        server('fe01.contoso.com', 'front-end', 'FrontEnd Default', 'FrontEnd WebServicesInternal'),
        server('pchat02.contoso.com', 'persistent-chat', '!PersistentChat Default'),
      ]),
    ]);
    const { message, sent } = requestOf(state, 1, 0);
    expect(message.servers.map(({ fqdn, label }) => [fqdn, label])).toEqual([
      ['fe01.contoso.com', 'FrontEnd Default'],
      ['fe01.contoso.com', 'FrontEnd WebServicesInternal'],
    ]);
    // Both certificates' results belong to fe01's row.
    expect(sent.rows).toEqual([1, 1]);
    expect(
      message.inputs.map((input) =>
        'bytes' in input ? new TextDecoder().decode(input.bytes) : input.text,
      ),
    ).toEqual(['PEM FrontEnd Default', 'PEM FrontEnd WebServicesInternal']);
  });
});
