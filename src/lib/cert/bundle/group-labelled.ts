// Several labelled certificates with one FQDN are several certificates of one server (a Front
// End Server's Default and WebServicesInternal certificates): each is checked on its own, and
// the server is reported once, with the fields of its worst certificate and all of them listed.
import type { ServerResult } from '../types.ts';
import { canonicalHost } from '../checks/hostname.ts';
import { worst } from '../status.ts';

/** Merges labelled results of one FQDN into one server result, where its first one stood. */
export function groupLabelled(results: readonly ServerResult[]): ServerResult[] {
  const groups = new Map<string, ServerResult[]>();
  for (const result of results) {
    if (result.label === undefined) continue;
    const key = canonicalHost(result.fqdn);
    groups.set(key, [...(groups.get(key) ?? []), result]);
  }
  const grouped: ServerResult[] = [];
  for (const result of results) {
    const group = result.label === undefined ? undefined : groups.get(canonicalHost(result.fqdn));
    if (group === undefined || group.length === 1) grouped.push(result);
    else if (group[0] === result) {
      const verdict = worst(group.map((member) => member.verdict));
      const worstOne = group.find((member) => member.verdict === verdict) ?? result;
      grouped.push({ ...worstOne, certificates: group });
    }
  }
  return grouped;
}

/** The certificates that make a server's verdict: its worst ones (all of them when they pass). */
export function worstCertificates(server: ServerResult): readonly ServerResult[] {
  const all = server.certificates ?? [server];
  return all.filter((member) => member.verdict === server.verdict);
}
