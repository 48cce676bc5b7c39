// The budgets of docs/design.md ("Budgets" table), in one place for the bench and the budget test.
// Change them only together with design.md: a budget that does not hold is fixed in the code.

/** One kilobyte as design.md counts it (gzip sizes are reported in KB = 1024 bytes). */
export const kb = 1024;

/** Byte budgets, gzip, checked by tests/browser/budgets.test.ts on every locale page. */
export const byteBudgets = {
  /** JavaScript loaded before the user touches the checker. */
  jsBeforeInteraction: 2.6 * kb,
  /** All JavaScript loaded once the checker has been used (loader, checker, core, strings). */
  jsAfterChecker: 40 * kb,
  /** The HTML document plus its CSS (inline and linked). */
  htmlCss: 20 * kb,
} as const;

/** Time budgets, reported by the bench only (timings are not deterministic enough for CI). */
export const timeBudgets = {
  /**
   * Last input to the verdicts shown (the summary's counts and every verdict in the window; see
   * design.md), 20 servers with chains, in Chromium.
   */
  verdict20Ms: 20,
  /** The same for 200 servers with chains. */
  verdict200Ms: 60,
  /** Cold production build, on 2 cores. */
  coldBuildMs: 20_000,
} as const;

/** Ratios of side-by-side timings, reported by the bench only (the same machine, the same run). */
export const ratioBudgets = {
  /** `pchat-certs check`, one server from files, over a bare `node -e 0` on the same Node. */
  oneServerOverBareNode: 1.5,
  /** `pchat-certs check`, 20 servers from files, over 20 `openssl verify` runs of their chains. */
  twentyServersOverOpensslVerify: 1,
} as const;

/** Lighthouse (mobile) category scores every locale page must reach, 0–100. */
export const lighthouseBudget = 100;
