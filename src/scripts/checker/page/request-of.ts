// The check request a state sends, and what the state keeps of it to place the answer: every
// field's inputs under their keys, each server by its row, and the instant a chosen day means.
// Pure, like reduce.ts, so that every request is unit-tested.
import type { FqdnProblem } from '../../../lib/cert/index.ts';
import type { CheckRequestMessage, WorkerInput } from '../protocol.ts';
import {
  fieldInputs,
  type CheckerState,
  type FieldRef,
  type Sent,
  type SourceRef,
} from './state.ts';

/** The instant a "Check validity on" day means: its start in UTC; no day means `now`. */
export function instantOf(day: string, now: number): number {
  const start = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : Number.NaN;
  return Number.isNaN(start) ? now : start;
}

/** The check request with id `id`, and what the state keeps of it to place the answer. */
export function requestOf(
  state: CheckerState,
  id: number,
  now: number,
): { readonly message: CheckRequestMessage; readonly sent: Sent } {
  const at = instantOf(state.day, now);
  const inputs: WorkerInput[] = [];
  const sources = new Map<string, SourceRef>();
  const add = (entry: ReturnType<typeof fieldInputs>[number], field: FieldRef): number => {
    sources.set(entry.input.key, { field, file: entry.file, name: entry.name });
    return inputs.push(entry.input) - 1;
  };
  const references = fieldInputs('reference', state.reference).map((e) => add(e, 'reference'));
  const servers: CheckRequestMessage['servers'][number][] = [];
  const rows: number[] = [];
  const fqdnErrors = new Map<number, FqdnProblem>();
  for (const row of state.rows) {
    const entries = fieldInputs(`server-${row.id}`, row.field);
    // A server has one input (text replaces a file and a file replaces text, see `single`), or
    // the certificates a bundle labelled, each checked as one of the server's.
    const [entry] = entries;
    const labelled = entries.filter((one) => one.label !== null);
    const { problem } = row;
    if (problem !== null && (entry !== undefined || problem !== 'fqdn-missing')) {
      fqdnErrors.set(row.id, problem);
    }
    for (const one of labelled.length > 0 ? labelled : entries.slice(0, 1)) {
      const input = add(one, row.id);
      if (problem !== null) continue;
      servers.push({ fqdn: row.fqdn, input, ...(one.label === null ? {} : { label: one.label }) });
      rows.push(row.id);
    }
  }
  return {
    message: { type: 'check', id, at, inputs, references, servers },
    sent: { id, at, rows, sources, fqdnErrors },
  };
}
