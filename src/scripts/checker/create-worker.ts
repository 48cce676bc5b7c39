// Starts the checker's module worker. The page enforces Trusted Types, under which a worker's URL
// must pass a policy: the default policy admits this site's own checker worker and nothing else.

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string | null }): unknown;
}

let allowed = false;

/** Whether `url` is this origin's built checker worker (any content hash) or its dev source. */
export function isCheckerWorkerUrl(url: string, origin: string): boolean {
  try {
    const parsed = new URL(url, origin);
    return parsed.origin === origin && /\/check-worker[.\w-]*\.(js|ts)$/.test(parsed.pathname);
  } catch {
    return false;
  }
}

function allowCheckerWorker(): void {
  if (allowed) return;
  allowed = true;
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  // Every other script URL, HTML or script string stays refused: the policy defines no other rule.
  trustedTypes?.createPolicy('default', {
    createScriptURL: (url) => (isCheckerWorkerUrl(url, window.location.origin) ? url : null),
  });
}

/** A new checker worker (same origin, module type). */
export function createCheckWorker(): Worker {
  allowCheckerWorker();
  return new Worker(new URL('./check-worker.ts', import.meta.url), {
    type: 'module',
    name: 'pchat-checker',
  });
}
