// The `pchat-certs check` command line for the servers of a check, fetched over TLS: each
// Persistent Chat Server on 5041 and each Front End Server on 5061, the reference from a Front
// End Server on 5061, and `--at` when a date is chosen (issue 22, "Copy command line"). Pure, so
// that the page can offer it and tests can run what it writes.
import { checkFqdnSyntax } from '../cert/fqdn-syntax.ts';
import { quoteArgument, type Shell } from './quote-argument.ts';

/** What a server is, which decides the port its certificate is fetched from. */
export type ServerRole = 'front-end' | 'persistent-chat';

/** One server of the command line. */
export interface CommandLineServer {
  readonly fqdn: string;
  readonly role: ServerRole;
}

/** The servers, the Front End Server to take the reference from, and the date to check at. */
export interface CommandLineRequest {
  readonly servers: readonly CommandLineServer[];
  /** Where the reference is fetched (port 5061); default: the first Front End Server. */
  readonly referenceHost?: string | undefined;
  /** A date, `YYYY-MM-DD`, for `--at`; absent: now. */
  readonly at?: string | undefined;
}

/** The command line, or why there is none. */
export type CommandLineResult =
  | { readonly ok: true; readonly command: string }
  | {
      readonly ok: false;
      readonly code: 'no-server' | 'no-reference' | 'bad-fqdn' | 'bad-date';
      readonly value?: string;
    };

/** The TLS port each role serves its certificate on (SIP over TLS; Persistent Chat). */
export const rolePorts: Readonly<Record<ServerRole, number>> = {
  'front-end': 5061,
  'persistent-chat': 5041,
};

/** The role a bundle label's words name (`FrontEnd Default`, `PersistentChat Default`), if any. */
export function roleFromLabel(label: string): ServerRole | null {
  const first = label.trim().split(/\s+/)[0]?.toLowerCase();
  if (first === 'frontend') return 'front-end';
  if (first === 'persistentchat') return 'persistent-chat';
  return null;
}

const isDate = (text: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

/** Builds the command line for `shell`; every FQDN must pass the contract's FQDN rule. */
export function buildCommandLine(request: CommandLineRequest, shell: Shell): CommandLineResult {
  if (request.servers.length === 0) return { ok: false, code: 'no-server' };
  for (const { fqdn } of request.servers) {
    if (!checkFqdnSyntax(fqdn).ok) return { ok: false, code: 'bad-fqdn', value: fqdn };
  }
  const host = request.referenceHost ?? request.servers.find((s) => s.role === 'front-end')?.fqdn;
  if (host === undefined) return { ok: false, code: 'no-reference' };
  if (!checkFqdnSyntax(host).ok) return { ok: false, code: 'bad-fqdn', value: host };
  if (request.at !== undefined && !isDate(request.at)) {
    return { ok: false, code: 'bad-date', value: request.at };
  }
  // The same FQDN and role twice (a Front End's two labelled certificates) is one fetch.
  const servers = [
    ...new Set(request.servers.map((s) => `${s.fqdn.trim()}=tls:${rolePorts[s.role]}`)),
  ];
  const words = [
    'pchat-certs',
    'check',
    '--reference',
    `tls:${host.trim()}:${rolePorts['front-end']}`,
    ...servers.flatMap((server) => ['--server', server]),
    ...(request.at === undefined ? [] : ['--at', request.at]),
  ];
  return { ok: true, command: words.map((word) => quoteArgument(word, shell)).join(' ') };
}
