// Worst-wins aggregation of statuses.
import type { CheckStatus, Status } from './types.ts';

const order: readonly Status[] = ['pass', 'warn', 'fail'];

/** The worst of some statuses, 'not-applicable' ones left out; 'pass' for none. */
export function worst(statuses: readonly CheckStatus[]): Status {
  return statuses.reduce<Status>(
    (a, b) => (b !== 'not-applicable' && order.indexOf(b) > order.indexOf(a) ? b : a),
    'pass',
  );
}
