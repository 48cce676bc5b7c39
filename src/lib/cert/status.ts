// Worst-wins aggregation of statuses.
import type { Status } from './types.ts';

const order: readonly Status[] = ['pass', 'warn', 'fail'];

/** The worst of some statuses; 'pass' for none. */
export function worst(statuses: readonly Status[]): Status {
  return statuses.reduce<Status>((a, b) => (order.indexOf(b) > order.indexOf(a) ? b : a), 'pass');
}
