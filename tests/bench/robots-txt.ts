// robots.txt checked by parsing it, where Lighthouse cannot: its `robots-txt` audit fetches the
// file from inside the page, which the page's CSP (`connect-src 'none'`) refuses by design
// (GoogleChrome/lighthouse#4386). The rules follow RFC 9309 and what that audit flags.

/** What parsing robots.txt found, and its score on Lighthouse's scale (100: valid). */
export interface RobotsTxtCheck {
  readonly problems: readonly string[];
  readonly sitemaps: readonly string[];
  readonly score: 0 | 100;
}

const fields = new Set(['user-agent', 'allow', 'disallow', 'sitemap', 'crawl-delay']);

interface Group {
  readonly agents: string[];
  readonly rules: { readonly allow: boolean; readonly path: string }[];
}

// RFC 9309: the longest matching rule decides; Allow wins a tie. `*` and `$` are supported.
function blocked(group: Group, path: string): boolean {
  const matches = group.rules.filter(({ path: rule }) => {
    if (rule === '') return false;
    const pattern = rule
      .replace(/[.+?^{}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\\\$$|\$$/, '$');
    return new RegExp(`^${pattern}`).test(path);
  });
  const longest = Math.max(-1, ...matches.map((m) => m.path.length));
  const winners = matches.filter((m) => m.path.length === longest);
  return winners.length > 0 && winners.every((m) => !m.allow);
}

/** Parses robots.txt and checks that crawlers may read `paths` (site-absolute, like `/en/`). */
export function checkRobotsTxt(text: string, paths: readonly string[]): RobotsTxtCheck {
  const problems: string[] = [];
  const sitemaps: string[] = [];
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const colon = line.indexOf(':');
    const field = line.slice(0, Math.max(colon, 0)).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (colon < 0 || !fields.has(field)) {
      problems.push(`line ${String(index + 1)}: unknown directive "${line}"`);
      return;
    }
    if (field === 'sitemap') {
      if (!/^https?:\/\/[^/\s]+\/\S*$/.test(value))
        problems.push(`line ${String(index + 1)}: sitemap is not an absolute URL: "${value}"`);
      sitemaps.push(value);
    } else if (field === 'user-agent') {
      if (value === '') problems.push(`line ${String(index + 1)}: empty user-agent`);
      if (!lastWasAgent || current === null) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
    } else if (current === null) {
      problems.push(`line ${String(index + 1)}: ${field} before any user-agent`);
    } else if (field === 'allow' || field === 'disallow') {
      if (value !== '' && !value.startsWith('/') && !value.startsWith('*'))
        problems.push(`line ${String(index + 1)}: ${field} path must start with "/"`);
      current.rules.push({ allow: field === 'allow', path: value });
    }
    lastWasAgent = field === 'user-agent';
  });
  const everyone = groups.find((g) => g.agents.includes('*'));
  if (everyone === undefined) problems.push('no group for every crawler (user-agent: *)');
  else {
    for (const path of paths.filter((p) => blocked(everyone, p)))
      problems.push(`crawlers may not read ${path}`);
  }
  if (sitemaps.length === 0) problems.push('no sitemap');
  return { problems, sitemaps, score: problems.length === 0 ? 100 : 0 };
}
