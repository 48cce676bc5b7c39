// State transitions without a browser: edits, rows, refusals, and answers placed by the index of
// the input they came from; superseded answers change nothing.
import { describe, expect, it } from 'vitest';
import type { CheckReport, ServerResult } from '../../../../src/lib/cert/index.ts';
import { reduce } from '../../../../src/scripts/checker/page/reduce.ts';
import { requestOf } from '../../../../src/scripts/checker/page/request-of.ts';
import {
  initialState,
  type Action,
  type HandOn,
  type CheckerState,
  type FieldRef,
} from '../../../../src/scripts/checker/page/state.ts';

const run = (actions: readonly Action[], from: CheckerState = initialState): CheckerState =>
  actions.reduce(reduce, from);

const result = (fqdn: string, index: number): ServerResult =>
  ({ fqdn, index }) as unknown as ServerResult;
/** A report as far as placing its results reads it. */
const reportOf = (servers: ServerResult[]): CheckReport =>
  ({ servers, failures: [], referenceCas: [] }) as unknown as CheckReport;
const text = (field: FieldRef, value: string): Action => ({
  type: 'edit-text',
  field,
  text: value,
  kind: 'whole',
});

/** Sends the current state as request `id` (what the app does before posting it). */
const send = (state: CheckerState, id: number): CheckerState =>
  reduce(state, { type: 'sent', sent: requestOf(state, id, 0).sent });

describe('checker state', () => {
  const editCases: readonly { name: string; input: readonly Action[]; want: unknown }[] = [
    {
      name: 'typing an FQDN changes only that row',
      input: [
        { type: 'add-row', fqdns: [], focus: true },
        { type: 'edit-fqdn', row: 2, fqdn: 'b.contoso.com' },
      ],
      want: [
        { id: 1, fqdn: '' },
        { id: 2, fqdn: 'b.contoso.com' },
      ],
    },
    {
      name: 'removing a row keeps the others and their ids',
      input: [
        { type: 'add-row', fqdns: ['b.x.com', 'c.x.com'], focus: false },
        { type: 'remove-row', row: 2 },
      ],
      want: [
        { id: 1, fqdn: '' },
        { id: 3, fqdn: 'c.x.com' },
      ],
    },
  ];
  it.each(editCases)('$name', ({ input, want }) => {
    expect(run(input).rows.map(({ id, fqdn }) => ({ id, fqdn }))).toEqual(want);
  });

  const fieldCases: readonly { name: string; input: readonly Action[]; want: unknown }[] = [
    {
      name: 'a server file replaces its pasted text',
      input: [
        text(1, 'pem'),
        {
          type: 'add-files',
          field: 1,
          files: [{ name: 'a.cer', bytes: new Uint8Array([1]) }],
          refusals: [],
        },
      ],
      want: { text: '', files: ['a.cer'], refusals: [] },
    },
    {
      name: 'pasted text replaces a server file',
      input: [
        {
          type: 'add-files',
          field: 1,
          files: [{ name: 'a.cer', bytes: new Uint8Array([1]) }],
          refusals: [],
        },
        text(1, 'pem'),
      ],
      want: { text: 'pem', files: [], refusals: [] },
    },
    {
      name: 'an oversize paste is refused and the text emptied',
      input: [
        text(1, 'old'),
        { type: 'refuse', field: 1, refusal: { name: null, code: 'too-large' } },
      ],
      want: { text: '', files: [], refusals: [{ name: null, code: 'too-large' }] },
    },
    {
      name: 'a refusal is said until the field is edited',
      input: [
        { type: 'refuse', field: 1, refusal: { name: null, code: 'too-large' } },
        text(1, 'new'),
      ],
      want: { text: 'new', files: [], refusals: [] },
    },
  ];
  it.each(fieldCases)('$name', ({ input, want }) => {
    const field = run(input).rows[0]?.field;
    expect({
      text: field?.text,
      files: field?.files.map((f) => f.name),
      refusals: field?.refusals,
    }).toEqual(want);
  });

  it('places results by the index of their input, never by position or FQDN', () => {
    // Two rows with the same FQDN; the first has no certificate, so only the second is sent.
    let state = run([
      { type: 'edit-fqdn', row: 1, fqdn: 'a.contoso.com' },
      { type: 'add-row', fqdns: ['a.contoso.com', 'b.contoso.com'], focus: false },
      text(2, 'pem-a'),
      text(3, 'pem-b'),
    ]);
    state = send(state, 7);
    expect(state.sent?.rows).toEqual([2, 3]);
    state = reduce(state, {
      type: 'answer',
      message: {
        type: 'report',
        id: 7,
        report: reportOf([result('b.contoso.com', 1)]),
        errors: [],
        recognized: [],
      },
    });
    expect([...(state.outcome?.results.keys() ?? [])]).toEqual([3]);
  });

  it('drops the answer of a superseded request', () => {
    let state = send(run([text('reference', 'ref')]), 1);
    state = send(state, 2);
    const after = reduce(state, {
      type: 'answer',
      message: { type: 'report', id: 1, report: null, errors: [], recognized: [] },
    });
    expect(after).toBe(state);
  });

  it('removes refused key material from its field and says why', () => {
    let state = send(run([text('reference', 'KEY'), text(1, 'pem')]), 1);
    state = reduce(state, {
      type: 'answer',
      message: {
        type: 'report',
        id: 1,
        report: null,
        errors: [
          {
            key: 'reference:text',
            error: { code: 'private-key', message: { key: 'input.error.private-key', params: {} } },
          },
        ],
        recognized: [],
      },
    });
    expect({
      text: state.reference.text,
      refusals: state.reference.refusals,
      errors: state.outcome?.errors.size,
      server: state.rows[0]?.field.text,
    }).toEqual({
      text: '',
      refusals: [{ name: null, code: 'private-key' }],
      errors: 0,
      server: 'pem',
    });
  });

  const slowCases: readonly {
    name: string;
    input: 'unanswered' | 'answered' | 'superseded';
    want: boolean;
  }[] = [
    { name: 'an unanswered request becomes slow', input: 'unanswered', want: true },
    { name: 'an answered request never does', input: 'answered', want: false },
    { name: 'a superseded request never does', input: 'superseded', want: false },
  ];
  it.each(slowCases)('$name', ({ input, want }) => {
    let state = send(initialState, 1);
    if (input === 'answered') {
      state = reduce(state, {
        type: 'answer',
        message: { type: 'report', id: 1, report: null, errors: [], recognized: [] },
      });
    }
    if (input === 'superseded') state = send(state, 2);
    expect(reduce(state, { type: 'slow', id: 1 }).slow).toBe(want);
  });
});

describe('what the page says and shows', () => {
  const sayCases: readonly { name: string; input: readonly Action[]; want: unknown }[] = [
    {
      name: 'a crashed worker is shown as failed',
      input: [{ type: 'worker-failed' }],
      want: { failed: true, fallback: null, said: null },
    },
    {
      name: 'a new request (Retry) takes the failure back',
      input: [
        { type: 'worker-failed' },
        { type: 'sent', sent: requestOf(initialState, 2, 0).sent },
      ],
      want: { failed: false, fallback: null, said: null },
    },
    {
      name: 'a refused copy shows the report to copy by hand, and says so',
      input: [{ type: 'copied', markdown: '# Report', copied: false }],
      want: { failed: false, fallback: '# Report', said: 'actions.copy.failed' },
    },
    {
      name: 'a copy that worked hides the fallback again',
      input: [
        { type: 'copied', markdown: '# Report', copied: false },
        { type: 'copied', markdown: '# Report', copied: true },
      ],
      want: { failed: false, fallback: null, said: 'actions.copy.done' },
    },
  ];
  it.each(sayCases)('$name', ({ input, want }) => {
    const state = run(input);
    expect({
      failed: state.failed,
      fallback: state.fallback,
      said: state.announcement?.key ?? null,
    }).toEqual(want);
  });

  it('says each announcement once, even the same sentence twice', () => {
    const state = run([
      { type: 'add-row', fqdns: [], focus: false },
      { type: 'remove-row', row: 2 },
      { type: 'add-row', fqdns: [], focus: false },
      { type: 'remove-row', row: 3 },
    ]);
    expect(state.announcement).toEqual({ serial: 4, key: 'server.removed.announce', params: {} });
  });

  it('trims an FQDN once: the field keeps what was typed, everything else uses the FQDN', () => {
    const state = run([{ type: 'edit-fqdn', row: 1, fqdn: ' a.contoso.com ' }, text(1, 'pem')]);
    expect({
      typed: state.rows[0]?.typed,
      fqdn: state.rows[0]?.fqdn,
      sent: requestOf(state, 1, 0).message.servers.map((server) => server.fqdn),
    }).toEqual({ typed: ' a.contoso.com ', fqdn: 'a.contoso.com', sent: ['a.contoso.com'] });
  });

  it('fills rows from a link, says how many it ignored and moves to the first certificate', () => {
    const state = run([
      { type: 'link', fqdns: [' a.x.com', 'b.x.com '], ignored: 3, day: null, badDay: null },
    ]);
    expect({
      rows: state.rows.map((row) => [row.id, row.typed]),
      ignored: state.linkIgnored,
      focus: state.focus,
    }).toEqual({
      rows: [
        [1, 'a.x.com'],
        [2, 'b.x.com'],
      ],
      ignored: 3,
      focus: { serial: 1, to: 'certificate', row: 1 },
    });
  });

  const linkDayCases: readonly {
    name: string;
    input: readonly Action[];
    want: { day: string; badDay: string | null; rows: string[] };
  }[] = [
    {
      name: "a link's day is the day checked at",
      input: [{ type: 'link', fqdns: ['a.x.com'], ignored: 0, day: '2026-12-06', badDay: null }],
      want: { day: '2026-12-06', badDay: null, rows: ['a.x.com'] },
    },
    {
      name: 'a day alone, without servers, is taken too',
      input: [{ type: 'link', fqdns: [], ignored: 0, day: '2027-01-31', badDay: null }],
      want: { day: '2027-01-31', badDay: null, rows: [''] },
    },
    {
      name: 'a bad day is kept to be said, and the day stays today',
      input: [{ type: 'link', fqdns: ['a.x.com'], ignored: 0, day: null, badDay: '2026-02-30' }],
      want: { day: '', badDay: '2026-02-30', rows: ['a.x.com'] },
    },
    {
      name: 'choosing a day ends the bad day note',
      input: [
        { type: 'link', fqdns: [], ignored: 0, day: null, badDay: 'soon' },
        { type: 'set-day', day: '2026-12-24' },
      ],
      want: { day: '2026-12-24', badDay: null, rows: [''] },
    },
  ];
  it.each(linkDayCases)('$name', ({ input, want }) => {
    const state = run(input);
    expect({
      day: state.day,
      badDay: state.linkBadDay,
      rows: state.rows.map((row) => row.fqdn),
    }).toEqual(want);
  });

  const copyCases: readonly {
    name: string;
    input: Action;
    want: { fallback: HandOn | null; said: string | undefined };
  }[] = [
    {
      name: 'a copied link is announced',
      input: {
        type: 'handed-on',
        handOn: { kind: 'link', text: 'https://x/en/#checker' },
        copied: true,
      },
      want: { fallback: null, said: 'actions.link.done' },
    },
    {
      name: 'a link the browser would not copy is shown to copy by hand',
      input: {
        type: 'handed-on',
        handOn: { kind: 'link', text: 'https://x/en/#checker' },
        copied: false,
      },
      want: {
        fallback: { kind: 'link', text: 'https://x/en/#checker' },
        said: 'actions.link.failed',
      },
    },
    {
      name: 'a command line the browser would not copy is shown to copy by hand',
      input: {
        type: 'handed-on',
        handOn: { kind: 'command', text: 'pchat-certs check' },
        copied: false,
      },
      want: {
        fallback: { kind: 'command', text: 'pchat-certs check' },
        said: 'actions.command.failed',
      },
    },
    {
      name: 'no command line without a Front End Server: said',
      input: { type: 'no-command', code: 'no-reference' },
      want: { fallback: null, said: 'actions.command.no-reference' },
    },
  ];
  it.each(copyCases)('$name', ({ input, want }) => {
    const state = run([input]);
    expect({ fallback: state.handOn, said: state.announcement?.key }).toEqual(want);
  });

  it("keeps each row's role as chosen, a Persistent Chat Server until then", () => {
    const state = run([
      { type: 'add-row', fqdns: ['fe01.x.com'], focus: false },
      { type: 'set-role', row: 2, role: 'front-end' },
    ]);
    expect(state.rows.map((row) => row.role)).toEqual(['persistent-chat', 'front-end']);
  });

  const uiCases: readonly { name: string; input: readonly Action[]; want: unknown }[] = [
    {
      name: 'disclosures opened, one of them closed again',
      input: [
        { type: 'toggle', key: '1:certificate', open: true },
        { type: 'toggle', key: '1:passing', open: true },
        { type: 'toggle', key: '1:certificate', open: false },
      ],
      want: { opened: ['1:passing'], dragging: null, printing: false },
    },
    {
      name: 'files dragged over a field, then away',
      input: [
        { type: 'drag', field: 1 },
        { type: 'drag', field: null },
        { type: 'drag', field: 'reference' },
      ],
      want: { opened: [], dragging: 'reference', printing: false },
    },
    {
      name: 'printing opens everything',
      input: [{ type: 'print', printing: true }],
      want: { opened: [], dragging: null, printing: true },
    },
    {
      name: 'after printing, only what was open',
      input: [
        { type: 'toggle', key: '2:passing', open: true },
        { type: 'print', printing: true },
        { type: 'print', printing: false },
      ],
      want: { opened: ['2:passing'], dragging: null, printing: false },
    },
  ];
  it.each(uiCases)('$name', ({ input, want }) => {
    const state = run(input);
    expect({
      opened: [...state.opened],
      dragging: state.dragging,
      printing: state.printing,
    }).toEqual(want);
  });
});

describe('request of a state', () => {
  const fqdnCases: readonly {
    name: string;
    input: string;
    want: { error: string | null; sent: boolean };
  }[] = [
    {
      name: 'a host name is sent',
      input: 'pchat01.contoso.com',
      want: { error: null, sent: true },
    },
    {
      name: 'a trailing dot is fine',
      input: 'pchat01.contoso.com.',
      want: { error: null, sent: true },
    },
    { name: 'an IP address', input: '10.0.0.1', want: { error: 'fqdn-ip', sent: false } },
    { name: 'an IPv6 address', input: '[2001:db8::1]', want: { error: 'fqdn-ip', sent: false } },
    { name: 'a wildcard', input: '*.contoso.com', want: { error: 'fqdn-wildcard', sent: false } },
    { name: 'not a host name', input: 'not a host!!', want: { error: 'fqdn-syntax', sent: false } },
    { name: 'a single label', input: 'pchat01', want: { error: 'fqdn-syntax', sent: false } },
    {
      name: 'a label over 63 characters',
      input: `${'a'.repeat(64)}.contoso.com`,
      want: { error: 'fqdn-syntax', sent: false },
    },
    {
      name: 'missing while a certificate is there',
      input: ' ',
      want: { error: 'fqdn-missing', sent: false },
    },
    {
      name: 'an IDN in U-label form',
      input: 'münchen.contoso.com',
      want: { error: null, sent: true },
    },
  ];
  it.each(fqdnCases)('FQDN: $name', ({ input, want }) => {
    const state = run([{ type: 'edit-fqdn', row: 1, fqdn: input }, text(1, 'pem')]);
    const { message, sent } = requestOf(state, 1, 0);
    expect({ error: sent.fqdnErrors.get(1) ?? null, sent: message.servers.length === 1 }).toEqual(
      want,
    );
  });

  const instantCases: readonly { name: string; input: string; want: string }[] = [
    { name: 'no day means now', input: '', want: '2026-06-14T09:30:00.000Z' },
    { name: 'a day means its start in UTC', input: '2026-07-01', want: '2026-07-01T00:00:00.000Z' },
    { name: 'an unreadable day means now', input: '2026-13-45', want: '2026-06-14T09:30:00.000Z' },
  ];
  it.each(instantCases)('instant: $name', ({ input, want }) => {
    const state = run([{ type: 'set-day', day: input }]);
    const at = requestOf(state, 1, Date.parse('2026-06-14T09:30:00Z')).message.at;
    expect(new Date(at).toISOString()).toBe(want);
  });

  it('keys every input by its field, pasted text before files', () => {
    const state = run([
      text('reference', 'ref'),
      {
        type: 'add-files',
        field: 'reference',
        files: [{ name: 'ca.cer', bytes: new Uint8Array([1]) }],
        refusals: [],
      },
      { type: 'edit-fqdn', row: 1, fqdn: 'a.contoso.com' },
      text(1, 'pem'),
    ]);
    const { message } = requestOf(state, 1, 0);
    expect(message.inputs.map((input) => input.key)).toEqual([
      'reference:text',
      'reference:2',
      'server-1:text',
    ]);
    expect({ references: message.references, servers: message.servers }).toEqual({
      references: [0, 1],
      servers: [{ fqdn: 'a.contoso.com', input: 2 }],
    });
  });
});
