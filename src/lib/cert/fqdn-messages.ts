// The message of each FQDN problem, for the front ends that refuse a server FQDN.
import type { FqdnProblem } from './fqdn-syntax.ts';
import type { MessageKey } from './types.ts';

/** The `messages` key explaining each FQDN problem; its text takes `{{fqdn}}`. */
export const fqdnMessageKeys = {
  'fqdn-missing': 'fqdn.missing',
  'fqdn-ip': 'fqdn.ip',
  'fqdn-wildcard': 'fqdn.wildcard',
  'fqdn-syntax': 'fqdn.syntax',
} as const satisfies Record<FqdnProblem, MessageKey>;
